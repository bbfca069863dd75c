package org.junheng.assistance;

import org.junheng.registry.Labelled;


/** The kind of an honour, as a bureau counts honours (with the level of {@link OutcomeLevel}). */
public enum Honour implements Labelled {
    FAMOUS_TEACHER("名师"),
    FAMOUS_PRINCIPAL("名校长"),
    BACKBONE_TEACHER("骨干教师"),
    ACADEMIC_LEADER("学科带头人"),
    DEMONSTRATION_SCHOOL("示范校"),
    OTHER("其他荣誉");

    private final String chineseName;

    Honour(String chineseName) {
        this.chineseName = chineseName;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }
}
