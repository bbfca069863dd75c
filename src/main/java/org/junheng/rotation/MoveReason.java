package org.junheng.rotation;

import org.junheng.registry.Labelled;
import org.junheng.rotation.model.TeacherIndicator;

/** Why a move is in a plan (交流理由), as the plan's JSON names it, with its Chinese and English wording. */
public enum MoveReason implements Labelled {
    LOCKED("经办人锁定", "locked by the officer"),
    SCHOOL_RULE("使接收学校达标", "makes the receiving school-stage compliant"),
    BACKBONE_SHARE("骨干教师比例", "backbone share of those who rotate"),
    LOCAL_RULE("本县规定（特级教师、学科带头人）", "local rule (special-grade teachers, subject leaders)"),
    QUALIFIED_STANDARD("接收学校高学历教师未达标", "receiving school below the qualified-teacher standard"),
    BACKBONE_STANDARD("接收学校骨干教师未达标", "receiving school below the backbone-teacher standard"),
    PE_ART_STANDARD("接收学校体艺教师未达标", "receiving school below the PE/arts-teacher standard"),
    COEFFICIENT("缩小校际差异", "evens out the teachers between schools"),
    RURAL_SERVICE("评高级职称须有农村任教经历", "rural service needed for a senior title"),
    PAIRED_SCHOOLS("结对帮扶学校之间", "between schools paired in a programme"),
    QUOTA("完成交流比例", "the rotation quota"),
    EXCHANGE("对换：保持两校该学科人数", "the other half of an exchange: keeps both schools' subject counts");

    private final String chineseName;
    private final String englishName;

    MoveReason(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }

    @Override
    public String englishName() {
        return englishName;
    }

    /** The receiving school-stage was below the indicator's standard. */
    static MoveReason belowStandard(TeacherIndicator indicator) {
        return switch (indicator) {
            case QUALIFIED -> QUALIFIED_STANDARD;
            case BACKBONE -> BACKBONE_STANDARD;
            case PE_ART -> PE_ART_STANDARD;
        };
    }
}
