package org.junheng.registry;

/** Which level of government a public school answers to: 举办者 of the statistics. */
public enum AdministeringLevel implements Labelled {
    COUNTY("县级"),
    MUNICIPAL("地市级"),
    PROVINCIAL("省级"),
    CENTRAL("中央部门");

    private final String chineseName;

    AdministeringLevel(String chineseName) {
        this.chineseName = chineseName;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }
}
