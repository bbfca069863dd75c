package org.junheng.assessment;

/** Published inside the transaction that changes a province's profile, so that its kept results are made again. */
public record ProfileChanged(String provinceCode) {
}
