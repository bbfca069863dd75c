package org.junheng.assistance;

/**
 * A person taking part in assistance who is not a teacher of the roster — a teaching researcher
 * 教研员, an expert, a cadre — with an optional position and organisation. Names, never ID numbers.
 */
public record Person(long id, String name, PersonKind kind, String position, Long organisationId, String regionCode,
                     int version) {
}
