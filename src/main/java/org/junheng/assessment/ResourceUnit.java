package org.junheng.assessment;

import com.fasterxml.jackson.annotation.JsonValue;

/** What an indicator's resource is counted in; teachers and rooms come whole, so their gaps are rounded up. */
public enum ResourceUnit {
    TEACHERS("teachers", "人", true),
    SQUARE_METRES("m2", "平方米", false),
    YUAN("yuan", "元", false),
    ROOMS("rooms", "间", true),
    UNITS("units", "台", true),
    VOLUMES("volumes", "册", true);

    private final String key;
    private final String chineseName;
    private final boolean whole;

    ResourceUnit(String key, String chineseName, boolean whole) {
        this.key = key;
        this.chineseName = chineseName;
        this.whole = whole;
    }

    @JsonValue
    public String key() {
        return key;
    }

    public String chineseName() {
        return chineseName;
    }

    public boolean whole() {
        return whole;
    }
}
