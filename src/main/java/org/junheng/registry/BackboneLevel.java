package org.junheng.registry;

/** Backbone teacher level 骨干教师级别; county level or above counts for {@code backbone_teachers_per_100}. */
public enum BackboneLevel implements Labelled {
    NONE("无"),
    SCHOOL("校级"),
    COUNTY("县级"),
    CITY("市级"),
    PROVINCE("省级"),
    NATIONAL("国家级");

    private final String chineseName;

    BackboneLevel(String chineseName) {
        this.chineseName = chineseName;
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
