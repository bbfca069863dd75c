package org.junheng.registry;

import com.fasterxml.jackson.annotation.JsonValue;

/** Gender 性别. */
public enum Gender implements Labelled {
    MALE("male", "男"),
    FEMALE("female", "女");

    private final String key;
    private final String chineseName;

    Gender(String key, String chineseName) {
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
