package org.junheng.assistance;

import org.junheng.registry.Labelled;


/** What an organisation taking part in assistance is. */
public enum OrganisationKind implements Labelled {
    UNIVERSITY("高校"),
    TRAINING_INSTITUTION("培训机构"),
    RESEARCH_OFFICE("教研室"),
    PARTY_BRANCH("党支部"),
    BUREAU("教育行政部门"),
    OTHER("其他");

    private final String chineseName;

    OrganisationKind(String chineseName) {
        this.chineseName = chineseName;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }
}
