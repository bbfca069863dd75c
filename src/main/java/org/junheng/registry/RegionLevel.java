package org.junheng.registry;

import com.fasterxml.jackson.annotation.JsonValue;

/** Administrative level of a region. */
public enum RegionLevel implements Labelled {
    PROVINCE("province", "省级"),
    CITY("city", "地级"),
    COUNTY("county", "县级");

    private final String key;
    private final String chineseName;

    RegionLevel(String key, String chineseName) {
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
