package org.junheng.registry;

import java.math.BigDecimal;

/**
 * Resources reported for the whole school: certified teachers, floor areas (m²), equipment value
 * (yuan) and rooms. The minimum music/art room areas are absent when the school has no such room.
 * {@code builtYear}, optional, is the year the school's buildings were built, which some provinces'
 * relaxations of the room and size rules depend on.
 */
public record SchoolFacilities(int certifiedTeachers, BigDecimal teachingArea, BigDecimal sportsArea,
                               BigDecimal equipmentValue, int multimediaClassrooms, int musicRooms, int artRooms,
                               BigDecimal musicRoomMinArea, BigDecimal artRoomMinArea, Integer builtYear) {

    public SchoolFacilities(int certifiedTeachers, BigDecimal teachingArea, BigDecimal sportsArea, BigDecimal equipmentValue,
                            int multimediaClassrooms, int musicRooms, int artRooms, BigDecimal musicRoomMinArea,
                            BigDecimal artRoomMinArea) {
        this(certifiedTeachers, teachingArea, sportsArea, equipmentValue, multimediaClassrooms, musicRooms, artRooms,
                musicRoomMinArea, artRoomMinArea, null);
    }
}
