package org.junheng.assessment;

import java.util.List;

/**
 * One item of the guarantee, quality or recognition list. {@code source} is {@code statistics} when
 * computed from school statistics, {@code facts} when it rests on county facts; {@code pass} is null
 * while those facts are missing. {@code schools} lists the schools that break a computed item.
 */
public record ItemAssessment(int number, String code, Boolean pass, String source, List<String> schools) {

    static ItemAssessment missingFact(int number, String code) {
        return new ItemAssessment(number, code, null, "facts", List.of());
    }
}
