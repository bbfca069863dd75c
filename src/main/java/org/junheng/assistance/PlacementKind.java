package org.junheng.assistance;

import org.junheng.registry.Labelled;


/** How a person is placed at another school; each placement counts as one person-time. */
public enum PlacementKind implements Labelled {
    SUPPORT_TEACHING("支教"), SHADOWING("跟岗实训"), SECONDMENT("挂职"), ROTATION("交流轮岗");

    private final String chineseName;

    PlacementKind(String chineseName) {
        this.chineseName = chineseName;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }
}
