package org.junheng.rotation;

import org.junheng.registry.Labelled;
import org.junheng.rotation.model.TeacherIndicator;
import org.junheng.rotation.model.score.RotationConstraints;

/** The rules and objectives of a plan by the names its score and JSON give them, in Chinese and English. */
public enum PlanRule implements Labelled {
    ROTATION_QUOTA(RotationConstraints.ROTATION_QUOTA, "交流比例", "rotation share"),
    BACKBONE_SHARE(RotationConstraints.BACKBONE_SHARE, "骨干教师比例", "backbone share"),
    LOCAL_RULE(RotationConstraints.LOCAL_RULE, "本县规定（特级教师、学科带头人）", "local rule (special-grade teachers, subject leaders)"),
    SAME_STAGE(RotationConstraints.SAME_STAGE, "同学段交流", "same stage"),
    OTHER_SCHOOL(RotationConstraints.OTHER_SCHOOL, "交流到其他学校", "another school"),
    HEADCOUNT_CHANGE(RotationConstraints.HEADCOUNT_CHANGE, "学校教师数增减", "school headcount change"),
    SUBJECT_COVERAGE(RotationConstraints.SUBJECT_COVERAGE, "学科不缺人", "no subject left short"),
    DISTANCE_LIMIT(RotationConstraints.DISTANCE_LIMIT, "交流距离", "distance"),
    FORBIDDEN_MOVE(RotationConstraints.FORBIDDEN_MOVE, "禁止的交流", "forbidden moves"),
    SCHOOL_RULE_KEPT(RotationConstraints.SCHOOL_RULE_KEPT, "已达标学校仍须达标", "compliant schools stay compliant"),
    COEFFICIENT_NO_WORSE_QUALIFIED(of(RotationConstraints.COEFFICIENT_NO_WORSE, TeacherIndicator.QUALIFIED), "高学历教师差异系数不扩大",
            "qualified-teacher coefficient no higher"),
    COEFFICIENT_NO_WORSE_BACKBONE(of(RotationConstraints.COEFFICIENT_NO_WORSE, TeacherIndicator.BACKBONE), "骨干教师差异系数不扩大",
            "backbone-teacher coefficient no higher"),
    COEFFICIENT_NO_WORSE_PE_ART(of(RotationConstraints.COEFFICIENT_NO_WORSE, TeacherIndicator.PE_ART), "体艺教师差异系数不扩大",
            "PE/arts-teacher coefficient no higher"),
    COMPLIANT_SCHOOL_STAGES(RotationConstraints.COMPLIANT_SCHOOL_STAGES, "使学校达标", "school-stages made compliant"),
    TEACHER_INDICATORS_QUALIFIED(of(RotationConstraints.TEACHER_INDICATORS, TeacherIndicator.QUALIFIED), "高学历教师：达到标准与缩小差异",
            "qualified teachers: standards and balance"),
    TEACHER_INDICATORS_BACKBONE(of(RotationConstraints.TEACHER_INDICATORS, TeacherIndicator.BACKBONE), "骨干教师：达到标准与缩小差异",
            "backbone teachers: standards and balance"),
    TEACHER_INDICATORS_PE_ART(of(RotationConstraints.TEACHER_INDICATORS, TeacherIndicator.PE_ART), "体艺教师：达到标准与缩小差异",
            "PE/arts teachers: standards and balance"),
    SENIOR_TITLE_RURAL(RotationConstraints.SENIOR_TITLE_RURAL, "评高级职称教师到农村任教", "rural service for senior-title seekers"),
    PAIRED_SCHOOLS(RotationConstraints.PAIRED_SCHOOLS, "结对学校之间交流", "moves between paired schools"),
    DISTANCE(RotationConstraints.DISTANCE, "交流路程", "kilometres moved"),
    MOVES(RotationConstraints.MOVES, "交流人数", "moves");

    private final String key;
    private final String chineseName;
    private final String englishName;

    PlanRule(String key, String chineseName, String englishName) {
        this.key = key;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }

    @Override
    public String englishName() {
        return englishName;
    }

    /** The name the constraints give a rule of one indicator: the rule's, then the indicator's code. */
    private static String of(String rule, TeacherIndicator indicator) {
        return rule + "_" + indicator.code();
    }
}
