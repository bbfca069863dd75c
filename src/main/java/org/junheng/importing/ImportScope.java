package org.junheng.importing;

import java.util.function.Predicate;

/**
 * What an import may write: rows of regions (and counties) and of schools outside it are errors,
 * as if those regions and schools did not exist.
 */
public record ImportScope(Predicate<String> regionAllowed, Predicate<String> schoolAllowed) {

    public static final ImportScope EVERYTHING = new ImportScope(region -> true, school -> true);
}
