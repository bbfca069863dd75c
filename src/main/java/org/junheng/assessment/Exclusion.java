package org.junheng.assessment;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why a school-stage is not assessed. */
public enum Exclusion {
    /** 特殊教育学校 are outside the resource-allocation scope. */
    SPECIAL_SCHOOL("special_school"),
    /** 教学点 with fewer than 50 students. */
    SMALL_TEACHING_POINT("small_teaching_point"),
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
