package org.junheng.registry;

import com.fasterxml.jackson.annotation.JsonValue;

/** Tags that decide which assistance schemes a county falls under. */
public enum RegionTag implements Labelled {
    MOUNTAIN("mountain", "山区县"),
    ISLAND("island", "海岛县"),
    REVOLUTIONARY_BASE("revolutionary_base", "革命老区"),
    KEY_ASSISTANCE("key_assistance", "乡村振兴重点帮扶县"),
    ETHNIC("ethnic", "民族地区");

    private final String key;
    private final String chineseName;

    RegionTag(String key, String chineseName) {
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
