package org.junheng.assessment;

import java.util.Map;

/**
 * Where the assessment finds recorded teacher rotation (the assistance module's rotation
 * placements). A county with records is judged on item 11 by them; a county without is judged on
 * the figures it reported in its county facts.
 */
public interface RotationRecords {

    /** The rotation of each county of a region (a code, or null for all) that has records for the school year. */
    Map<String, TeacherRotation> rotations(String regionCode, int year);
}
