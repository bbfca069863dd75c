package org.junheng.assistance;

import org.junheng.registry.Labelled;

import com.fasterxml.jackson.annotation.JsonValue;

/** Who conferred an outcome: the school, or the county, city, province or nation. */
public enum OutcomeLevel implements Labelled {
    SCHOOL("school", "校级"), COUNTY("county", "县级"), CITY("city", "市级"), PROVINCE("province", "省级"),
    NATIONAL("national", "国家级");

    private final String key;
    private final String chineseName;

    OutcomeLevel(String key, String chineseName) {
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
