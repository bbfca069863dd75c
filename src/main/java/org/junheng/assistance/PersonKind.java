package org.junheng.assistance;

import org.junheng.registry.Labelled;


/** What a person outside the teacher roster is in assistance. */
public enum PersonKind implements Labelled {
    RESEARCHER("教研员"),
    EXPERT("专家"),
    CADRE("干部"),
    PRINCIPAL("校长"),
    OTHER("其他");

    private final String chineseName;

    PersonKind(String chineseName) {
        this.chineseName = chineseName;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }
}
