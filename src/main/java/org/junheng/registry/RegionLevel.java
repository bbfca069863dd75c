package org.junheng.registry;

/** Administrative level of a region. */
public enum RegionLevel implements Labelled {
    PROVINCE("省级"),
    CITY("地级"),
    COUNTY("县级");

    private final String chineseName;

    RegionLevel(String chineseName) {
        this.chineseName = chineseName;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }
}
