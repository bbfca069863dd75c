package org.junheng.assessment;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why a school-stage is not assessed. */
public enum Exclusion {
    /** 特殊教育学校 are outside the resource-allocation scope. */
    SPECIAL_SCHOOL("special_school"),
    /** 教学点 with fewer than 50 students. */
    SMALL_TEACHING_POINT("small_teaching_point"),
    /** 教学点 of any size, outside the basic-2012 calculation. */
    TEACHING_POINT("teaching_point"),
    /** 民办学校, outside the basic-2012 calculation. */
    PRIVATE_SCHOOL("private_school"),
    /** Schools run by the province or city rather than the county, outside the basic-2012 calculation. */
    NOT_COUNTY_RUN("not_county_run"),
    NO_STUDENTS("no_students");

    private final String key;

    Exclusion(String key) {
        this.key = key;
    }

    @JsonValue
    public String key() {
        return key;
    }
}
