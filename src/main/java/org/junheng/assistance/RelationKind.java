package org.junheng.assistance;

import org.junheng.registry.Labelled;


/** A lasting relation a programme sets up between a school and a partner. */
public enum RelationKind implements Labelled {
    /** The school's leadership is taken over by a partner school or team (seed 002). */
    ENTRUSTED_MANAGEMENT("托管"),
    FRIENDSHIP("友好学校");

    private final String chineseName;

    RelationKind(String chineseName) {
        this.chineseName = chineseName;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }
}
