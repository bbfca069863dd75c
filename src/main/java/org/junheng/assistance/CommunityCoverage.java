package org.junheng.assistance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Education communities 教共体 of a region by type (co-built 共建型, collaborative 协作型, integrated
 * 融合型; seed 004: 30/14/2) — a community counts where its lead school is — and how many of the
 * region's compulsory schools belong to one.
 *
 * @param schoolsCovered    the region's compulsory schools in at least one community
 * @param compulsorySchools the region's schools with a primary or junior stage (special schools apart); 0 for
 *                          the figures of a programme, which cover no region
 */
public record CommunityCoverage(Map<String, Long> byType, long schoolsCovered, long compulsorySchools) {

    static final CommunityCoverage NONE = new CommunityCoverage(Map.of(), 0, 0);

    @JsonProperty
    public long communities() {
        return byType.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The share of compulsory schools covered, in percent to one decimal (null when the region has none). */
    @JsonProperty
    public BigDecimal coveredPercent() {
        if (compulsorySchools == 0) {
            return null;
        }
        return BigDecimal.valueOf(schoolsCovered * 100).divide(BigDecimal.valueOf(compulsorySchools), 1, RoundingMode.HALF_UP);
    }
}
