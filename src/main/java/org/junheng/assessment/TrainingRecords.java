package org.junheng.assessment;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Where the assessment finds recorded teacher training (the assistance module's training records).
 * A county with records in the period is judged on guarantee item 9 by them; a county without is
 * judged on the rate it reported in its county facts.
 */
public interface TrainingRecords {

    /**
     * The training of each county of a region (a code, or null for all) with records in the
     * {@code years} calendar years ending with {@code year}.
     *
     * @param hours the class hours a teacher must complete in that period (360)
     */
    Map<String, TeacherTraining> training(String regionCode, int year, BigDecimal hours, int years);
}
