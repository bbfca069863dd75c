package org.junheng.assessment;

import java.math.BigDecimal;
import java.util.List;

import org.junheng.registry.Stage;

/**
 * Resource allocation of one stage in one county: the assessed school-stages, the county value and
 * difference coefficient of each indicator, for each coefficient over its limit a proposal that
 * brings it within, and the composite coefficient 综合差异系数 (the mean of the coefficients; null when
 * one is undefined) — judged against {@code compositeLimit} under basic-2012, information only
 * (limit and pass null) under quality-2017.
 */
public record StageAssessment(Stage stage, int schoolCount, long students, List<IndicatorAssessment> indicators,
                              int compliantSchools, boolean resourcePass, List<BalanceProposal> proposals,
                              Double compositeCv, BigDecimal compositeLimit, Boolean compositePass) {

    StageAssessment seenBy(String schoolCode) {
        return new StageAssessment(stage, schoolCount, students, indicators, compliantSchools, resourcePass,
                proposals.stream().map(p -> new BalanceProposal(p.indicator(), p.unit(), p.cvBefore(), p.cvAfter(), p.total(),
                        p.additions().stream().filter(a -> a.schoolCode().equals(schoolCode)).toList())).toList(),
                compositeCv, compositeLimit, compositePass);
    }
}
