package org.junheng.assistance;

import java.time.LocalDate;

/** A mentor pair 师徒结对: a teacher of the roster guiding another, within a programme or in a school's own work. */
public record MentorPair(long id, String mentor, String mentee, Long programmeId, LocalDate pairedOn) {
}
