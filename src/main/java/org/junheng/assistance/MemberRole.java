package org.junheng.assistance;

import org.junheng.registry.Labelled;


/** The part a person or organisation plays in a programme. */
public enum MemberRole implements Labelled {
    TEAM_LEADER("组长"),
    TEAM_MEMBER("组员"),
    EXPERT("专家"),
    TRAINING_INSTITUTION("培训机构"),
    PARTNER("合作单位");

    private final String chineseName;

    MemberRole(String chineseName) {
        this.chineseName = chineseName;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }
}
