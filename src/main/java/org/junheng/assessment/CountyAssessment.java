package org.junheng.assessment;

import java.util.List;

/**
 * One county's result: resource allocation per stage, the guarantee, quality and recognition
 * dimensions, the vetoes and precondition ({@code veto}: each item passes when the bad thing did not
 * happen), and the verdict with the reasons for it.
 */
public record CountyAssessment(String countyCode, String countyName, List<StageAssessment> stages, boolean resourcePass,
                               DimensionAssessment guarantee, DimensionAssessment quality,
                               DimensionAssessment recognition, DimensionAssessment veto, Verdict verdict,
                               List<Reason> reasons) {
}
