package org.junheng.assessment;

import java.util.List;

import org.junheng.registry.Stage;

/**
 * Resource allocation of one stage in one county: the assessed school-stages, the county value and
 * difference coefficient of each indicator, and for each coefficient over its limit a proposal
 * that brings it within.
 */
public record StageAssessment(Stage stage, int schoolCount, long students, List<IndicatorAssessment> indicators,
                              int compliantSchools, boolean resourcePass, List<BalanceProposal> proposals) {
}
