package org.junheng.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junheng.registry.Stage;

/**
 * An assessment method as data: its indicators with their standards, the limit on each stage's
 * difference coefficients — each one (quality-2017), or their mean, the composite coefficient
 * 综合差异系数 ({@code judgedByComposite}, basic-2012) — the rule that makes a school-stage compliant,
 * and which schools it assesses.
 */
public record AssessmentMethod(String key, String chineseName, List<Indicator> indicators,
                               Map<Stage, BigDecimal> coefficientLimits, boolean judgedByComposite, SchoolRule schoolRule,
                               SchoolScope scope) {

    /** 县域义务教育优质均衡发展督导评估办法 (教督〔2017〕6号): the seven indicators and limits 0.50 / 0.45. */
    public static final AssessmentMethod QUALITY_2017 = new AssessmentMethod("quality-2017", "优质均衡（2017）", List.of(
            Indicator.per100Students("qualified_teachers_per_100", "每百名学生拥有高于规定学历教师数",
                    "teachers above the required qualification per 100 students", Resource.QUALIFIED_TEACHERS, "4.2", "5.3"),
            Indicator.per100Students("backbone_teachers_per_100", "每百名学生拥有县级及以上骨干教师数",
                    "county-level-or-above backbone teachers per 100 students", Resource.BACKBONE_TEACHERS, "1.0", "1.0"),
            Indicator.per100Students("pe_art_teachers_per_100", "每百名学生拥有体育、艺术（美术、音乐）专任教师数",
                    "PE, music and art teachers per 100 students", Resource.PE_ART_TEACHERS, "0.9", "0.9"),
            Indicator.perStudent("teaching_area_per_student", "生均教学及辅助用房面积",
                    "teaching and auxiliary floor area per student (m²)", Resource.TEACHING_AREA, "4.5", "5.8"),
            Indicator.perStudent("sports_area_per_student", "生均体育运动场馆面积",
                    "sports grounds and halls per student (m²)", Resource.SPORTS_AREA, "7.5", "10.2"),
            Indicator.perStudent("equipment_value_per_student", "生均教学仪器设备值",
                    "teaching equipment value per student (yuan)", Resource.EQUIPMENT_VALUE, "2000", "2500"),
            Indicator.per100Students("multimedia_classrooms_per_100", "每百名学生拥有网络多媒体教室数",
                    "networked multimedia classrooms per 100 students", Resource.MULTIMEDIA_CLASSROOMS, "2.3", "2.4")),
            Map.of(Stage.PRIMARY, new BigDecimal("0.50"), Stage.JUNIOR, new BigDecimal("0.45")), false,
            new SchoolRule(6, new BigDecimal("0.85")), SchoolScope.QUALITY_2017);

    /**
     * 县域义务教育均衡发展督导评估暂行办法 (2012): eight indicators without school standards; the
     * composite coefficient, the mean of their eight coefficients, is judged (limits 0.65 / 0.55);
     * public county-run schools only, no teaching points.
     */
    public static final AssessmentMethod BASIC_2012 = new AssessmentMethod("basic-2012", "基本均衡（2012）", List.of(
            Indicator.withoutStandard("teaching_area_per_student", "生均教学及辅助用房面积",
                    "teaching and auxiliary floor area per student (m²)", Resource.TEACHING_AREA, 1),
            Indicator.withoutStandard("sports_area_per_student", "生均体育运动场馆面积",
                    "sports grounds and halls per student (m²)", Resource.SPORTS_AREA, 1),
            Indicator.withoutStandard("equipment_value_per_student", "生均教学仪器设备值",
                    "teaching equipment value per student (yuan)", Resource.EQUIPMENT_VALUE, 1),
            Indicator.withoutStandard("computers_per_100", "每百名学生拥有计算机台数",
                    "teaching computers per 100 students", Resource.COMPUTERS, 100),
            Indicator.withoutStandard("books_per_student", "生均图书册数", "library books per student", Resource.BOOKS, 1),
            Indicator.withoutStandard("teachers_per_100", "师生比", "full-time teachers per 100 students (teachers per student)",
                    Resource.TEACHERS, 100),
            Indicator.withoutStandard("qualified_teachers_per_100", "每百名学生拥有高于规定学历教师数",
                    "teachers above the required qualification per 100 students", Resource.QUALIFIED_TEACHERS, 100),
            Indicator.withoutStandard("titled_teachers_per_100", "每百名学生拥有中级及以上专业技术职务教师数",
                    "teachers with an intermediate or higher title per 100 students", Resource.TITLED_TEACHERS, 100)),
            Map.of(Stage.PRIMARY, new BigDecimal("0.65"), Stage.JUNIOR, new BigDecimal("0.55")), true,
            null, SchoolScope.BASIC_2012);

    public AssessmentMethod {
        indicators = List.copyOf(indicators);
        coefficientLimits = Map.copyOf(coefficientLimits);
    }

    public static List<AssessmentMethod> all() {
        return List.of(QUALITY_2017, BASIC_2012);
    }

    public static Optional<AssessmentMethod> byKey(String key) {
        return all().stream().filter(m -> m.key.equals(key)).findFirst();
    }

    public static String keys() {
        return String.join(", ", all().stream().map(AssessmentMethod::key).toList());
    }

    /** The method's indicator with this code, if it has one. */
    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public BigDecimal coefficientLimit(Stage stage) {
        return coefficientLimits.get(stage);
    }
}
