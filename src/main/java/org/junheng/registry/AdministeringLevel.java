package org.junheng.registry;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which level of government a public school answers to: 举办者 of the statistics. */
public enum AdministeringLevel implements Labelled {
    COUNTY("county", "县级"),
    MUNICIPAL("municipal", "地市级"),
    PROVINCIAL("provincial", "省级"),
    CENTRAL("central", "中央部门");

    private final String key;
    private final String chineseName;

    AdministeringLevel(String key, String chineseName) {
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
