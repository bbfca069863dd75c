package org.junheng.assistance;

import java.math.BigDecimal;

/**
 * A teacher seeking a senior title, against the rule "at least 1 year of rural teaching before
 * appointment to a senior title" (seed 003): the rural years of the roster plus the time served in
 * placements at rural schools.
 *
 * @param rosterYears    rural years as the roster reports them
 * @param placementYears years of 365 days served at rural schools in recorded placements, cut to one decimal
 * @param meetsRule      whether the days served, with the roster's years, reach 1 year (decided on days, not
 *                       on the rounded years)
 */
public record SeniorTitleCheck(String teacherId, String schoolCode, String schoolName, int rosterYears,
                               BigDecimal placementYears, BigDecimal ruralYears, boolean meetsRule) {
}
