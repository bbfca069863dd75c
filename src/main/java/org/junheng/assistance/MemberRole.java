package org.junheng.assistance;

import org.junheng.registry.Labelled;

import com.fasterxml.jackson.annotation.JsonValue;

/** The part a person or organisation plays in a programme. */
public enum MemberRole implements Labelled {
    TEAM_LEADER("team_leader", "组长"),
    TEAM_MEMBER("team_member", "组员"),
    EXPERT("expert", "专家"),
    TRAINING_INSTITUTION("training_institution", "培训机构"),
    PARTNER("partner", "合作单位");

    private final String key;
    private final String chineseName;

    MemberRole(String key, String chineseName) {
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
