package org.junheng.assessment;

import java.util.List;

/** The assessment of one statistics year: every county, and every school-stage (the assessment JSON contract). */
public record Assessment(int year, String method, List<CountyAssessment> counties, List<SchoolStageAssessment> schools) {

    /**
     * The assessment as a school account sees it: the county figures without other schools'
     * school-stages, shortfalls and proposals; unchanged for a caller not limited to one school.
     */
    public Assessment seenBy(String schoolCode) {
        if (schoolCode == null) {
            return this;
        }
        return new Assessment(year, method, counties.stream().map(c -> c.seenBy(schoolCode)).toList(),
                schools.stream().filter(s -> s.schoolCode().equals(schoolCode)).toList());
    }
}
