package org.junheng.assistance;

import org.junheng.registry.Labelled;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a programme achieved. */
public enum OutcomeKind implements Labelled {
    HONOUR("honour", "荣誉称号"),
    CONTEST_AWARD("contest_award", "竞赛获奖"),
    RESEARCH_APPROVED("research_approved", "课题立项"),
    RESEARCH_COMPLETED("research_completed", "课题结题"),
    STUDIO("studio", "工作室成立");

    private final String key;
    private final String chineseName;

    OutcomeKind(String key, String chineseName) {
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
