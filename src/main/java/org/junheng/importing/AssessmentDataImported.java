package org.junheng.importing;

import java.util.Set;

/**
 * Published with the transaction that stores a {@code school-stats} or {@code county-facts} import: what
 * the assessments of these years rest on changed, for these counties (none named: any county may have).
 * Kept in the event publication registry until its listeners complete.
 */
public record AssessmentDataImported(Set<Integer> years, Set<String> counties) {

    public AssessmentDataImported {
        years = Set.copyOf(years);
        counties = Set.copyOf(counties);
    }

    public AssessmentDataImported(Set<Integer> years) {
        this(years, Set.of());
    }
}
