package org.junheng.assessment;

import java.util.List;

/**
 * One county's result: resource allocation per stage, the guarantee, quality and recognition
 * dimensions, and the verdict with the reasons for it.
 */
public record CountyAssessment(String countyCode, String countyName, List<StageAssessment> stages, boolean resourcePass,
                               DimensionAssessment guarantee, DimensionAssessment quality,
                               DimensionAssessment recognition, Verdict verdict, List<Reason> reasons) {
}
