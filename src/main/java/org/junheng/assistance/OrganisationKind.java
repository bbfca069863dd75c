package org.junheng.assistance;

import org.junheng.registry.Labelled;

import com.fasterxml.jackson.annotation.JsonValue;

/** What an organisation taking part in assistance is. */
public enum OrganisationKind implements Labelled {
    UNIVERSITY("university", "高校"),
    TRAINING_INSTITUTION("training_institution", "培训机构"),
    RESEARCH_OFFICE("research_office", "教研室"),
    PARTY_BRANCH("party_branch", "党支部"),
    BUREAU("bureau", "教育行政部门"),
    OTHER("other", "其他");

    private final String key;
    private final String chineseName;

    OrganisationKind(String key, String chineseName) {
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
