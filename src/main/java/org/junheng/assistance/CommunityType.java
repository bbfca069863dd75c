package org.junheng.assistance;

import org.junheng.registry.Labelled;


/** The types of education community (教共体). */
public enum CommunityType implements Labelled {
    INTEGRATED("融合型"), CO_BUILT("共建型"), COLLABORATIVE("协作型");

    private final String chineseName;

    CommunityType(String chineseName) {
        this.chineseName = chineseName;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }
}
