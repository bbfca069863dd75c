package org.junheng.importing;

import java.util.Set;

/**
 * Published after an import was refused because rows tried to write beyond the importing user's
 * scope (a school or teacher registered elsewhere, a county not theirs), so that the attempt is on
 * the audit trail of each county it reached for.
 *
 * @param counties the counties whose schools or rows the file tried to write
 */
public record ImportRefused(String type, String fileName, Set<String> counties) {

    public ImportRefused {
        counties = Set.copyOf(counties);
    }
}
