package org.junheng.registry;

import com.fasterxml.jackson.annotation.JsonValue;

/** Backbone teacher level 骨干教师级别; county level or above counts for {@code backbone_teachers_per_100}. */
public enum BackboneLevel implements Labelled {
    NONE("none", "无"),
    SCHOOL("school", "校级"),
    COUNTY("county", "县级"),
    CITY("city", "市级"),
    PROVINCE("province", "省级"),
    NATIONAL("national", "国家级");

    private final String key;
    private final String chineseName;

    BackboneLevel(String key, String chineseName) {
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

    /** County level or above 县级及以上, the level the official indicator counts. */
    public boolean isCountyLevelOrAbove() {
        return compareTo(COUNTY) >= 0;
    }
}
