package org.junheng.importing;

import java.util.Set;

/** Published after a {@code school-stats} import has been stored: the statistics of these years changed. */
public record StatisticsImported(Set<Integer> years) {

    public StatisticsImported {
        years = Set.copyOf(years);
    }
}
