package org.junheng.importing;

import java.util.Set;

/**
 * Published inside an import's transaction once its rows are stored, so that what is recorded of
 * it (the audit trail) commits or rolls back with it.
 *
 * @param regions the counties (or regions) the stored rows belong to
 */
public record ImportStored(String type, String fileName, long rows, Set<Integer> years, Set<String> regions) {

    public ImportStored {
        years = Set.copyOf(years);
        regions = Set.copyOf(regions);
    }
}
