package org.junheng.registry;

import com.fasterxml.jackson.annotation.JsonValue;

/** Who runs a school: 办别 of the statistics, public 公办 or private 民办. */
public enum Ownership implements Labelled {
    PUBLIC("public", "公办"),
    PRIVATE("private", "民办");

    private final String key;
    private final String chineseName;

    Ownership(String key, String chineseName) {
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
