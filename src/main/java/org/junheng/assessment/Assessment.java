package org.junheng.assessment;

import java.util.List;

/** The assessment of one statistics year: every county, and every school-stage (the JSON contract of DESIGN.md). */
public record Assessment(int year, String method, List<CountyAssessment> counties, List<SchoolStageAssessment> schools) {
}
