package org.junheng.importing;

import java.util.function.BiPredicate;
import java.util.function.Predicate;

import org.junheng.security.WriteScope;

/**
 * What an import may write: rows of regions (and counties) and of schools outside it are errors,
 * as if those regions and schools did not exist.
 *
 * @param regionAllowed whether rows of a region (a county, for most templates) may be written
 * @param schoolAllowed whether rows of a school may be written
 * @param recordAllowed whether a programme record may be written, given the programme's owner region and the
 *                      school the record is of
 */
public record ImportScope(Predicate<String> regionAllowed, Predicate<String> schoolAllowed,
                          BiPredicate<String, String> recordAllowed) {

    public static final ImportScope EVERYTHING = new ImportScope(region -> true, school -> true, (owner, school) -> true);

    /** What the signed-in user may import: the regions, schools and records their write scope covers. */
    public static ImportScope of(WriteScope writes) {
        if (writes.unlimited()) {
            return EVERYTHING;
        }
        return new ImportScope(writes::writesRegion, writes::writesSchool, writes::writesRecord);
    }
}
