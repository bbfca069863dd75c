package org.junheng.assistance;

import org.junheng.registry.Labelled;

/** The kinds of assistance programme (docs/assistance.md). */
public enum ProgrammeKind implements Labelled {
    /** 结对帮扶: helper school(s) and helped school(s), one to one or one to many. */
    PAIRING("结对帮扶"),
    /** 教共体: a lead school and member schools. */
    COMMUNITY("教共体"),
    /** 联系县: a team of teaching researchers linked to counties. */
    LIAISON("联系县"),
    /** 组团式 "1+1+N": an expert team, a training institution, helper schools and helped schools. */
    GROUP("组团式帮扶"),
    /** 县域教师交流轮岗: the yearly rotation of a county's teachers among its member schools (an accepted rotation plan). */
    COUNTY_ROTATION("县域教师交流轮岗");

    private final String chineseName;

    ProgrammeKind(String chineseName) {
        this.chineseName = chineseName;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }
}
