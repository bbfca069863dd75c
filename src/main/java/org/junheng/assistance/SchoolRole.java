package org.junheng.assistance;

import org.junheng.registry.Labelled;

import com.fasterxml.jackson.annotation.JsonValue;

/** A school's part in a programme. */
public enum SchoolRole implements Labelled {
    HELPER("helper", "帮扶校"), HELPED("helped", "受援校"), LEAD("lead", "领衔校"), MEMBER("member", "成员校");

    private final String key;
    private final String chineseName;

    SchoolRole(String key, String chineseName) {
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
