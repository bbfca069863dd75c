package org.junheng.registry;

import com.fasterxml.jackson.annotation.JsonValue;

/** Urban-rural classification 城乡分类 of a school's site. */
public enum LocationClass implements Labelled {
    URBAN("urban", "城区"),
    TOWN("town", "镇区"),
    RURAL("rural", "乡村");

    private final String key;
    private final String chineseName;

    LocationClass(String key, String chineseName) {
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
