package org.junheng.registry;

import java.math.BigDecimal;

/**
 * Resources reported for the whole school: certified teachers, floor areas (m²), equipment value
 * (yuan) and rooms. The minimum music/art room areas are absent when the school has no such room.
 */
public record SchoolFacilities(int certifiedTeachers, BigDecimal teachingArea, BigDecimal sportsArea,
                               BigDecimal equipmentValue, int multimediaClassrooms, int musicRooms, int artRooms,
                               BigDecimal musicRoomMinArea, BigDecimal artRoomMinArea) {
}
