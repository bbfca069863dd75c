package org.junheng.importing;

import java.util.Set;

/** Published after a {@code school-stats} or {@code county-facts} import has been stored: what the assessments of these years rest on changed. */
public record AssessmentDataImported(Set<Integer> years) {

    public AssessmentDataImported {
        years = Set.copyOf(years);
    }
}
