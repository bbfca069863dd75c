package org.junheng.assessment;

import com.fasterxml.jackson.annotation.JsonValue;

/** A county's verdict: met, not met, or incomplete because facts the verdict needs are missing. */
public enum Verdict {
    MET("met"),
    NOT_MET("not_met"),
    INCOMPLETE("incomplete");

    private final String key;

    Verdict(String key) {
        this.key = key;
    }

    @JsonValue
    public String key() {
        return key;
    }
}
