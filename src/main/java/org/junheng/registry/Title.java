package org.junheng.registry;

import com.fasterxml.jackson.annotation.JsonValue;

/** Professional title 职称 of primary and secondary teachers. */
public enum Title implements Labelled {
    PROFESSOR("professor", "正高级教师"),
    SENIOR("senior", "高级教师"),
    FIRST("first", "一级教师"),
    SECOND("second", "二级教师"),
    THIRD("third", "三级教师"),
    NONE("none", "未定职级");

    private final String key;
    private final String chineseName;

    Title(String key, String chineseName) {
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
