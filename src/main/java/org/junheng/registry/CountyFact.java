package org.junheng.registry;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A fact about a county in a year that the assessment needs and the school statistics cannot give
 * (the {@code county-facts} template): a yes/no judgement, a percentage, an amount or a count.
 */
public enum CountyFact {
    LAYOUT_PLANNING("layout_planning", "学校布局规划合理", Kind.YES_NO, "school layout planning is sound"),
    SCHOOL_STANDARDS("school_standards", "出台办学标准并督查", Kind.YES_NO, "school-running standards issued and inspected"),
    SMALL_SCHOOL_FUNDING("small_school_funding", "小规模学校按100人拨付公用经费", Kind.YES_NO,
            "small schools funded as if they had 100 pupils"),
    SPECIAL_SCHOOL_FUNDING("special_school_funding", "特殊教育学校生均公用经费(元)", Kind.AMOUNT,
            "special schools' public operating funds per pupil, yuan"),
    TEACHER_PAY("teacher_pay", "教师平均工资不低于公务员", Kind.YES_NO, "teachers' pay not below civil servants'"),
    TEACHER_TRAINING_RATE("teacher_training_rate", "教师五年360学时培训完成率(%)", Kind.PERCENT,
            "teachers who completed 360 training hours in 5 years, %"),
    STAFFING("staffing", "县域统筹分配编制和岗位", Kind.YES_NO, "staff quotas and posts allocated county-wide"),
    ROTATION_ELIGIBLE("rotation_eligible", "应交流轮岗教师数", Kind.COUNT, "teachers eligible for exchange"),
    ROTATION_ROTATED("rotation_rotated", "实际交流轮岗教师数", Kind.COUNT, "teachers who rotated this year"),
    ROTATION_BACKBONE("rotation_backbone", "交流轮岗骨干教师数", Kind.COUNT, "backbone teachers among those who rotated"),
    NEARBY_ADMISSION_PRIMARY("nearby_admission_primary", "城镇公办小学就近入学比例(%)", Kind.PERCENT,
            "urban and town public primary pupils admitted by nearby zoning, %"),
    NEARBY_ADMISSION_JUNIOR("nearby_admission_junior", "城镇公办初中就近入学比例(%)", Kind.PERCENT,
            "urban and town public junior pupils admitted by nearby zoning, %"),
    SENIOR_QUOTA_ALLOCATION("senior_quota_allocation", "优质高中招生指标分配到校比例(%)", Kind.PERCENT,
            "quality senior-high quotas allocated to junior schools, %"),
    MIGRANT_CHILDREN_PUBLIC("migrant_children_public", "随迁子女在公办学校或政府购买学位就读比例(%)", Kind.PERCENT,
            "migrant children in public or government-bought places, %"),
    JUNIOR_RETENTION("junior_retention", "初中三年巩固率(%)", Kind.PERCENT, "three-year junior retention rate, %"),
    DISABLED_ENROLMENT("disabled_enrolment", "残疾儿童少年入学率(%)", Kind.PERCENT, "enrolment rate of children with disabilities, %"),
    SCHOOL_CHARTER_IT("school_charter_it", "学校章程与信息化管理", Kind.YES_NO, "every school has a charter and IT-based management"),
    TRAINING_BUDGET("training_budget", "培训经费不低于公用经费5%", Kind.YES_NO, "every school spends ≥ 5% of operating funds on training"),
    IT_USE("it_use", "教师熟练运用信息技术", Kind.YES_NO, "teachers use IT proficiently"),
    MORAL_EDUCATION("moral_education", "德育与校园文化良好", Kind.YES_NO, "moral education and campus culture good or better"),
    CURRICULUM("curriculum", "开齐开足课程", Kind.YES_NO, "full curriculum with full class hours"),
    STUDY_BURDEN("study_burden", "无过重课业负担", Kind.YES_NO, "no excessive study burden"),
    MONITORING_LEVEL("monitoring_level", "质量监测达到III级以上", Kind.YES_NO, "quality monitoring at level III or above"),
    MONITORING_DIFFERENCE("monitoring_difference", "质量监测校际差异率", Kind.AMOUNT, "inter-school difference rate in quality monitoring"),
    SOCIAL_RECOGNITION("social_recognition", "社会认可度(%)", Kind.PERCENT, "social recognition, %"),
    EXAM_ADMISSION("exam_admission", "存在考试招生", Kind.YES_NO, "veto: admission by examination"),
    ILLEGAL_SCHOOL_CHOICE("illegal_school_choice", "存在违规择校", Kind.YES_NO, "veto: illegal school choice"),
    KEY_SCHOOLS("key_schools", "设置重点校重点班", Kind.YES_NO, "veto: key schools or key classes"),
    MAJOR_INCIDENT("major_incident", "发生重大安全事故", Kind.YES_NO, "veto: major safety incident"),
    DATA_FRAUD("data_fraud", "存在弄虚作假", Kind.YES_NO, "veto: data fraud"),
    BASIC_BALANCE_YEARS("basic_balance_years", "通过基本均衡认定年数", Kind.COUNT, "years since basic-balance recognition");

    /** How a fact is written: 是/否, a percentage 0–100, an amount ≥ 0 or a whole count. */
    public enum Kind { YES_NO, PERCENT, AMOUNT, COUNT }

    private final String key;
    private final String chineseName;
    private final Kind kind;
    private final String englishMeaning;

    CountyFact(String key, String chineseName, Kind kind, String englishMeaning) {
        this.key = key;
        this.chineseName = chineseName;
        this.kind = kind;
        this.englishMeaning = englishMeaning;
    }

    @JsonValue
    public String key() {
        return key;
    }

    public String chineseName() {
        return chineseName;
    }

    public Kind kind() {
        return kind;
    }

    public String englishMeaning() {
        return englishMeaning;
    }
}
