package org.junheng.assessment;

import java.math.BigDecimal;

/**
 * One indicator in one county and stage. {@code cv} is null when the county value is 0, the
 * coefficient then being undefined ({@code cvUndefined} says why) and the indicator failing.
 */
public record IndicatorAssessment(String code, double countyValue, BigDecimal standard, Double cv, BigDecimal cvLimit,
                                  boolean cvPass, String cvUndefined) {
}
