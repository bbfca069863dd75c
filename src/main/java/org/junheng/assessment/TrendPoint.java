package org.junheng.assessment;

import java.math.BigDecimal;

import org.junheng.registry.Stage;

/** One indicator of one county and stage in one year, as kept for trend views. */
public record TrendPoint(int year, Stage stage, String indicator, Double countyValue, BigDecimal standard, Double cv,
                         BigDecimal cvLimit, boolean cvPass, int compliantSchools, int schoolCount, Verdict verdict) {
}
