package org.junheng.assistance;

import org.junheng.registry.Labelled;


/** What a studio 工作室 is named for. */
public enum StudioKind implements Labelled {
    FAMOUS_TEACHER("名师工作室"),
    FAMOUS_PRINCIPAL("名校长工作室"),
    RURAL_CHIEF_TEACHER("乡村首席教师工作室"),
    OTHER("其他工作室");

    private final String chineseName;

    StudioKind(String chineseName) {
        this.chineseName = chineseName;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }
}
