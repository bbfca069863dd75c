package org.junheng.assistance;

import org.junheng.registry.Labelled;

import com.fasterxml.jackson.annotation.JsonValue;

/** The types of education community (教共体). */
public enum CommunityType implements Labelled {
    INTEGRATED("integrated", "融合型"), CO_BUILT("co_built", "共建型"), COLLABORATIVE("collaborative", "协作型");

    private final String key;
    private final String chineseName;

    CommunityType(String key, String chineseName) {
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
