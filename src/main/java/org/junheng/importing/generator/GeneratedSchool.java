package org.junheng.importing.generator;

import org.junheng.registry.LocationClass;
import org.junheng.registry.SchoolType;

/** A generated school and its statistics in the order of the {@code school-stats} columns after the school's own. */
record GeneratedSchool(String code, String name, SchoolType type, LocationClass location, double longitude,
                       double latitude, int[] primary, int[] junior, int seniorStudents, int certifiedTeachers,
                       double teachingArea, double sportsArea, double equipmentValue, int multimediaClassrooms,
                       int musicRooms, int artRooms, Double musicRoomMinArea, Double artRoomMinArea) {

    static final int STUDENTS = 0;
    static final int CLASSES = 1;
    static final int OVERSIZE = 2;
    static final int TEACHERS = 3;
    static final int QUALIFIED = 4;
    static final int BACKBONE = 5;
    static final int PE_ART = 6;
}
