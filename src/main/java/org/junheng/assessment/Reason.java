package org.junheng.assessment;

/** Why a county's verdict is what it is: a stable code for programs and a sentence for people. */
public record Reason(String code, String message) {
}
