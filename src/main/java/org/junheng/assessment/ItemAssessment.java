package org.junheng.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One item of the guarantee, quality, recognition or veto lists. {@code source} is
 * {@code statistics} when computed from school statistics and {@code facts} when it rests on
 * county facts; {@code pass} is null while those facts are missing. {@code schools} lists the
 * schools that break a computed item and {@code shortfalls} what each of them lacks (the figure
 * that failed and what the item requires); {@code facts} the county facts the item was judged on.
 */
public record ItemAssessment(int number, String code, Boolean pass, String source, List<String> schools,
                             Map<String, BigDecimal> facts, List<Shortfall> shortfalls) {

    public ItemAssessment {
        shortfalls = shortfalls == null ? List.of() : List.copyOf(shortfalls);
    }

    /** @param shortfalls school by school: a school's shortfalls follow one another */
    static ItemAssessment fromStatistics(int number, String code, List<Shortfall> shortfalls) {
        List<String> schools = new ArrayList<>();
        for (Shortfall shortfall : shortfalls) {
            if (schools.isEmpty() || !schools.get(schools.size() - 1).equals(shortfall.schoolCode())) {
                schools.add(shortfall.schoolCode());
            }
        }
        return new ItemAssessment(number, code, schools.isEmpty(), "statistics", List.copyOf(schools), Map.of(),
                shortfalls);
    }

    ItemAssessment seenBy(String schoolCode) {
        return new ItemAssessment(number, code, pass, source, schools.stream().filter(schoolCode::equals).toList(), facts,
                shortfalls.stream().filter(f -> f.schoolCode().equals(schoolCode)).toList());
    }
}
