package org.junheng.assistance;

import org.junheng.registry.Labelled;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a person outside the teacher roster is in assistance. */
public enum PersonKind implements Labelled {
    RESEARCHER("researcher", "教研员"),
    EXPERT("expert", "专家"),
    CADRE("cadre", "干部"),
    PRINCIPAL("principal", "校长"),
    OTHER("other", "其他");

    private final String key;
    private final String chineseName;

    PersonKind(String key, String chineseName) {
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
