package org.junheng.assessment;

import java.util.Map;

import org.junheng.registry.Stage;

/**
 * One school-stage: its indicator values, which reach their standard, whether it is compliant, and
 * the resource it lacks for each indicator below standard ({@code gaps}, in the indicator's unit,
 * as an amount to add to the school). Excluded school-stages carry only the reason.
 */
public record SchoolStageAssessment(String schoolCode, String schoolName, String countyCode, Stage stage, int students,
                                    Map<String, Double> values, Map<String, Boolean> passes, Boolean compliant,
                                    Map<String, Double> gaps, Exclusion excluded) {
}
