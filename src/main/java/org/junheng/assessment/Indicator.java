package org.junheng.assessment;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import org.junheng.registry.Stage;

/**
 * One resource-allocation indicator of a method: a resource per student (or per 100 students when
 * {@code scale} is 100) with a standard per stage.
 *
 * @param code      the code of INDICATORS.md, e.g. {@code equipment_value_per_student}
 * @param standards the value a school-stage must reach, per stage
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
        return new Indicator(code, chineseName, englishName, resource, 1,
                Map.of(Stage.PRIMARY, new BigDecimal(primaryStandard), Stage.JUNIOR, new BigDecimal(juniorStandard)));
    }

    static Indicator per100Students(String code, String chineseName, String englishName, Resource resource,
                                    String primaryStandard, String juniorStandard) {
        return new Indicator(code, chineseName, englishName, resource, 100,
                Map.of(Stage.PRIMARY, new BigDecimal(primaryStandard), Stage.JUNIOR, new BigDecimal(juniorStandard)));
    }
}
