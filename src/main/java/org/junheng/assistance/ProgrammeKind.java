package org.junheng.assistance;

import com.fasterxml.jackson.annotation.JsonValue;
import org.junheng.registry.Labelled;

/** The kinds of assistance programme (docs/assistance.md). */
public enum ProgrammeKind implements Labelled {
    /** 结对帮扶: helper school(s) and helped school(s), one to one or one to many. */
    PAIRING("pairing", "结对帮扶"),
    /** 教共体: a lead school and member schools. */
    COMMUNITY("community", "教共体"),
    /** 联系县: a team of teaching researchers linked to counties. */
    LIAISON("liaison", "联系县"),
    /** 组团式 "1+1+N": an expert team, a training institution, helper schools and helped schools. */
    GROUP("group", "组团式帮扶"),
    /** 县域教师交流轮岗: the yearly rotation of a county's teachers among its member schools (an accepted rotation plan). */
    COUNTY_ROTATION("county_rotation", "县域教师交流轮岗");

    private final String key;
    private final String chineseName;

    ProgrammeKind(String key, String chineseName) {
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
