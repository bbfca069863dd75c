package org.junheng.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Class hours of training a teacher of the roster completed (培训学时): they accumulate per teacher
 * toward the 360 class hours every 5 years of guarantee item 9.
 */
public record TrainingRecord(long id, String teacherId, String course, String provider, BigDecimal hours,
                             LocalDate completedOn) {
}
