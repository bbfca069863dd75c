package org.junheng.registry;

import com.fasterxml.jackson.annotation.JsonValue;

/** Highest education 最高学历. */
public enum Education implements Labelled {
    POSTGRADUATE("postgraduate", "研究生"),
    BACHELOR("bachelor", "本科"),
    ASSOCIATE("associate", "专科"),
    SENIOR_SECONDARY("senior_secondary", "高中阶段"),
    BELOW_SENIOR_SECONDARY("below_senior_secondary", "高中阶段以下");

    private final String key;
    private final String chineseName;

    Education(String key, String chineseName) {
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

    /**
     * Whether this is above the qualification required for the stage: associate degree 专科 or
     * above for primary, bachelor 本科 or above for junior and senior.
     */
    public boolean isAboveRequiredFor(Stage stage) {
        return stage == Stage.PRIMARY ? compareTo(ASSOCIATE) <= 0 : compareTo(BACHELOR) <= 0;
    }
}
