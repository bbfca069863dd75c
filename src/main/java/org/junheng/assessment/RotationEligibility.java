package org.junheng.assessment;

import org.junheng.registry.BackboneLevel;
import org.junheng.registry.Gender;
import org.junheng.registry.Teacher;

/**
 * Who is eligible for exchange 应交流轮岗: at the current school for at least {@code minimumYears},
 * not exempt, and not within {@code yearsBeforeRetirement} of retirement.
 */
public record RotationEligibility(int minimumYears, int yearsBeforeRetirement, int retirementAgeMale,
                                  int retirementAgeFemale) {

    /** Six years at the school, not within three years of retirement at 60 (men) or 55 (women). */
    public static final RotationEligibility DEFAULT = new RotationEligibility(6, 3, 60, 55);

    public boolean eligible(Teacher teacher, int year) {
        int retirementAge = teacher.gender() == Gender.FEMALE ? retirementAgeFemale : retirementAgeMale;
        int age = year - teacher.birthYear();
        return !teacher.exempt() && teacher.yearsAtSchool() >= minimumYears && age < retirementAge - yearsBeforeRetirement;
    }

    /** Backbone teachers for item 11 are those of county level or above. */
    public static boolean backbone(Teacher teacher) {
        return teacher.backboneLevel().ordinal() >= BackboneLevel.COUNTY.ordinal();
    }
}
