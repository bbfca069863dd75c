package org.junheng.assessment;

import org.junheng.registry.AdministeringLevel;
import org.junheng.registry.BasicBalanceFigures;
import org.junheng.registry.Ownership;
import org.junheng.registry.SchoolType;

/** Which school-stages a method assesses, and why the others are left out. */
public enum SchoolScope {

    /**
     * Every compulsory school except special schools and teaching points of fewer than 50 students
     * (those of 50 or more are assessed as primary schools).
     */
    QUALITY_2017 {
        @Override
        Exclusion exclusion(SchoolType type, int students, BasicBalanceFigures figures) {
            if (type == SchoolType.SPECIAL) {
                return Exclusion.SPECIAL_SCHOOL;
            }
            if (smallTeachingPoint(type, students)) {
                return Exclusion.SMALL_TEACHING_POINT;
            }
            return students == 0 ? Exclusion.NO_STUDENTS : null;
        }
    },

    /**
     * Public schools run by the county only — private and provincial or municipal schools are left out
     * where the statistics say so — and no teaching points at all; special schools left out.
     */
    BASIC_2012 {
        @Override
        Exclusion exclusion(SchoolType type, int students, BasicBalanceFigures figures) {
            if (type == SchoolType.SPECIAL) {
                return Exclusion.SPECIAL_SCHOOL;
            }
            if (type == SchoolType.TEACHING_POINT) {
                return Exclusion.TEACHING_POINT;
            }
            if (figures.ownership() == Ownership.PRIVATE) {
                return Exclusion.PRIVATE_SCHOOL;
            }
            if (figures.administeredBy() != null && figures.administeredBy() != AdministeringLevel.COUNTY) {
                return Exclusion.NOT_COUNTY_RUN;
            }
            return students == 0 ? Exclusion.NO_STUDENTS : null;
        }
    };

    /** Why a school-stage of this type and size is left out, or null when it is assessed. */
    abstract Exclusion exclusion(SchoolType type, int students, BasicBalanceFigures figures);

    /** A teaching point 教学点 of fewer than 50 students, which the quality-2017 method leaves out. */
    public static boolean smallTeachingPoint(SchoolType type, int students) {
        return type == SchoolType.TEACHING_POINT && students < StageSplit.SMALL_TEACHING_POINT_LIMIT;
    }
}
