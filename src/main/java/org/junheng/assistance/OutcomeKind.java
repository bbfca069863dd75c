package org.junheng.assistance;

import org.junheng.registry.Labelled;


/** What a programme achieved. */
public enum OutcomeKind implements Labelled {
    HONOUR("荣誉称号"),
    CONTEST_AWARD("竞赛获奖"),
    RESEARCH_APPROVED("课题立项"),
    RESEARCH_COMPLETED("课题结题"),
    STUDIO("工作室成立");

    private final String chineseName;

    OutcomeKind(String chineseName) {
        this.chineseName = chineseName;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }
}
