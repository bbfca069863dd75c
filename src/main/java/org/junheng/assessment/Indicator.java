package org.junheng.assessment;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import org.junheng.registry.Stage;

/**
 * One resource-allocation indicator of a method: a resource per student (or per 100 students when
 * {@code scale} is 100) with a standard per stage (none in basic-2012). Its county value is
 * Σ resource / Σ students, scaled alike.
 *
 * @param code      the indicator's code (docs/assessment.md lists them), e.g. {@code equipment_value_per_student}
 * @param standards the value a school-stage must reach, per stage (none in basic-2012)
 */
public record Indicator(String code, String chineseName, String englishName, Resource resource, int scale,
                        Map<Stage, BigDecimal> standards) {

    public Indicator {
        standards = Map.copyOf(standards);
    }

    public Optional<BigDecimal> standard(Stage stage) {
        return Optional.ofNullable(standards.get(stage));
    }

    static Indicator perStudent(String code, String chineseName, String englishName, Resource resource,
                                String primaryStandard, String juniorStandard) {
        return new Indicator(code, chineseName, englishName, resource, 1, standards(primaryStandard, juniorStandard));
    }

    static Indicator per100Students(String code, String chineseName, String englishName, Resource resource,
                                    String primaryStandard, String juniorStandard) {
        return new Indicator(code, chineseName, englishName, resource, 100, standards(primaryStandard, juniorStandard));
    }

    /** An indicator judged by its difference coefficient only. */
    static Indicator withoutStandard(String code, String chineseName, String englishName, Resource resource, int scale) {
        return new Indicator(code, chineseName, englishName, resource, scale, Map.of());
    }

    private static Map<Stage, BigDecimal> standards(String primary, String junior) {
        return Map.of(Stage.PRIMARY, new BigDecimal(primary), Stage.JUNIOR, new BigDecimal(junior));
    }

    /** The school-stage's value: resource × scale / students. */
    double value(SchoolStage part) {
        return part.value(resource, scale);
    }
}
