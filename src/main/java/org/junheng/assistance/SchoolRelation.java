package org.junheng.assistance;

import java.time.LocalDate;

/**
 * A relation of a school with a partner school or organisation: its leadership entrusted to the
 * partner 托管 (the school is the one managed), or friendship schools 友好学校.
 */
public record SchoolRelation(long id, RelationKind kind, String schoolCode, String partnerSchool, Long partnerOrganisation,
                             Long programmeId, LocalDate startDate, LocalDate endDate) {
}
