package org.junheng.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One item of the guarantee, quality, recognition or veto lists. {@code source} is
 * {@code statistics} when computed from school statistics and {@code facts} when it rests on
 * county facts; {@code pass} is null while those facts are missing. {@code schools} lists the
 * schools that break a computed item; {@code facts} the county facts the item was judged on.
 */
public record ItemAssessment(int number, String code, Boolean pass, String source, List<String> schools,
                             Map<String, BigDecimal> facts) {

    static ItemAssessment fromStatistics(int number, String code, List<String> failingSchools) {
        return new ItemAssessment(number, code, failingSchools.isEmpty(), "statistics", failingSchools, Map.of());
    }
}
