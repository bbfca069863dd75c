package org.junheng.assistance;

import org.junheng.registry.Labelled;


/**
 * Where a need stands: raised, planned, addressed by activities, confirmed by the helped school.
 * Every need has a visible fate; it only moves forward, one step at a time.
 */
public enum NeedState implements Labelled {
    OPEN("待处理"),
    PLANNED("已计划"),
    ADDRESSED("已落实"),
    CONFIRMED("受援校已确认");

    private final String chineseName;

    NeedState(String chineseName) {
        this.chineseName = chineseName;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }

    /** The state a need moves on to; the last state stays where it is. */
    public NeedState next() {
        NeedState[] states = values();
        return states[Math.min(ordinal() + 1, states.length - 1)];
    }

    public boolean canMoveTo(NeedState next) {
        return next != this && next == next();
    }
}
