package org.junheng.registry;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A school's reported count of certified teachers (guarantee item 12) against its roster, teacher by
 * teacher: the roster's teachers, those certified, and those the roster does not say of.
 */
public record CertificateCheck(String schoolCode, String schoolName, int reported, long onRoster, long certifiedOnRoster,
                               long unknownOnRoster) {

    /** Whether the report and the roster agree; null when the roster does not say of every teacher. */
    @JsonProperty
    public Boolean agrees() {
        return unknownOnRoster > 0 ? null : reported == certifiedOnRoster;
    }
}
