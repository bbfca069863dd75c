package org.junheng.registry;

import com.fasterxml.jackson.annotation.JsonValue;

/** School stage 学段. Compulsory education is primary and junior; senior appears in complete middle and twelve-year schools. */
public enum Stage implements Labelled {
    PRIMARY("primary", "小学"),
    JUNIOR("junior", "初中"),
    SENIOR("senior", "高中");

    private final String key;
    private final String chineseName;

    Stage(String key, String chineseName) {
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
