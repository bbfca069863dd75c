package org.junheng.assistance;

import org.junheng.registry.Labelled;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a person is placed at another school; each placement counts as one person-time. */
public enum PlacementKind implements Labelled {
    SUPPORT_TEACHING("support_teaching", "支教"), SHADOWING("shadowing", "跟岗实训"), SECONDMENT("secondment", "挂职"), ROTATION("rotation", "交流轮岗");

    private final String key;
    private final String chineseName;

    PlacementKind(String key, String chineseName) {
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
