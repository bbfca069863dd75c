package org.junheng.assistance;

import org.junheng.registry.Labelled;


/** Who conferred an outcome: the school, or the county, city, province or nation. */
public enum OutcomeLevel implements Labelled {
    SCHOOL("校级"), COUNTY("县级"), CITY("市级"), PROVINCE("省级"),
    NATIONAL("国家级");

    private final String chineseName;

    OutcomeLevel(String chineseName) {
        this.chineseName = chineseName;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }
}
