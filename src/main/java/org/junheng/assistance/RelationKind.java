package org.junheng.assistance;

import org.junheng.registry.Labelled;

import com.fasterxml.jackson.annotation.JsonValue;

/** A lasting relation a programme sets up between a school and a partner. */
public enum RelationKind implements Labelled {
    /** The school's leadership is taken over by a partner school or team (seed 002). */
    ENTRUSTED_MANAGEMENT("entrusted_management", "托管"),
    FRIENDSHIP("friendship", "友好学校");

    private final String key;
    private final String chineseName;

    RelationKind(String key, String chineseName) {
        this.key = key;
        this.chineseName = chineseName;
    }

    @Override
    @JsonValue
    public String key() {
        return key;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }
}
