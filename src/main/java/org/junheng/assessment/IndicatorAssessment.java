package org.junheng.assessment;

import java.math.BigDecimal;

/**
 * One indicator in one county and stage. {@code cv} is null when the coefficient is undefined —
 * the county value is 0 ({@code county_value_zero}) or some schools lack the figures
 * ({@code data_missing}), as {@code cvUndefined} says — and the indicator then fails.
 */
public record IndicatorAssessment(String code, Double countyValue, BigDecimal standard, Double cv, BigDecimal cvLimit,
                                  boolean cvPass, String cvUndefined) {
}
