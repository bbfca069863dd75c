package org.junheng.assessment;

import java.util.List;

/**
 * One county's result: resource allocation per stage, the guarantee, quality and recognition
 * dimensions, the vetoes and precondition ({@code veto}: each item passes when the bad thing did not
 * happen), the verdict with the reasons for it, and the name of the profile it was assessed by
 * ({@code national} unless its province set another).
 */
public record CountyAssessment(String countyCode, String countyName, List<StageAssessment> stages, boolean resourcePass,
                               DimensionAssessment guarantee, DimensionAssessment quality,
                               DimensionAssessment recognition, DimensionAssessment veto, Verdict verdict,
                               List<Reason> reasons, String profile) {

    /**
     * The county as one of its schools may see it: the county's figures and verdict, but of other
     * schools nothing — no names in the guarantee items' shortfalls or in the proposals.
     */
    public CountyAssessment seenBy(String schoolCode) {
        return new CountyAssessment(countyCode, countyName, stages.stream().map(s -> s.seenBy(schoolCode)).toList(),
                resourcePass, guarantee.seenBy(schoolCode), quality.seenBy(schoolCode), recognition.seenBy(schoolCode),
                veto.seenBy(schoolCode), verdict, reasons, profile);
    }
}
