package org.junheng.assistance;

import java.time.LocalDate;
import java.util.Collection;

/**
 * Which records of programmes to list: those of the given programmes (null: any), at a school,
 * of a kind (a key of the record type's kinds), dated within a period; any part may be null.
 */
public record RecordFilter(Collection<Long> programmeIds, String schoolCode, String kind, LocalDate from, LocalDate to) {
}
