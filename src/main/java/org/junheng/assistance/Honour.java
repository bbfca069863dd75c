package org.junheng.assistance;

import org.junheng.registry.Labelled;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kind of an honour, as a bureau counts honours (with the level of {@link OutcomeLevel}). */
public enum Honour implements Labelled {
    FAMOUS_TEACHER("famous_teacher", "名师"),
    FAMOUS_PRINCIPAL("famous_principal", "名校长"),
    BACKBONE_TEACHER("backbone_teacher", "骨干教师"),
    ACADEMIC_LEADER("academic_leader", "学科带头人"),
    DEMONSTRATION_SCHOOL("demonstration_school", "示范校"),
    OTHER("other", "其他荣誉");

    private final String key;
    private final String chineseName;

    Honour(String key, String chineseName) {
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
