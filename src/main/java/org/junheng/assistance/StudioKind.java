package org.junheng.assistance;

import org.junheng.registry.Labelled;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a studio 工作室 is named for. */
public enum StudioKind implements Labelled {
    FAMOUS_TEACHER("famous_teacher", "名师工作室"),
    FAMOUS_PRINCIPAL("famous_principal", "名校长工作室"),
    RURAL_CHIEF_TEACHER("rural_chief_teacher", "乡村首席教师工作室"),
    OTHER("other", "其他工作室");

    private final String key;
    private final String chineseName;

    StudioKind(String key, String chineseName) {
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
