package org.junheng.registry;

import java.math.BigDecimal;
import java.util.List;

/**
 * Resources reported for the whole school: certified teachers, floor areas (m²), equipment value
 * (yuan) and rooms. The minimum music/art room areas are absent when the school has no such room.
 * {@code builtYear}, optional, is the year the school's buildings were built, which some provinces'
 * relaxations of the room and size rules depend on. {@code musicRoomAreas} and {@code artRoomAreas},
 * optional (empty when not reported), give each room's floor area, for provinces that count the
 * rooms that meet the area rather than judge the smallest.
 */
public record SchoolFacilities(int certifiedTeachers, BigDecimal teachingArea, BigDecimal sportsArea,
                               BigDecimal equipmentValue, int multimediaClassrooms, int musicRooms, int artRooms,
                               BigDecimal musicRoomMinArea, BigDecimal artRoomMinArea, Integer builtYear,
                               List<BigDecimal> musicRoomAreas, List<BigDecimal> artRoomAreas) {

    public SchoolFacilities {
        musicRoomAreas = musicRoomAreas == null ? List.of() : List.copyOf(musicRoomAreas);
        artRoomAreas = artRoomAreas == null ? List.of() : List.copyOf(artRoomAreas);
    }

    public SchoolFacilities(int certifiedTeachers, BigDecimal teachingArea, BigDecimal sportsArea, BigDecimal equipmentValue,
                            int multimediaClassrooms, int musicRooms, int artRooms, BigDecimal musicRoomMinArea,
                            BigDecimal artRoomMinArea, Integer builtYear) {
        this(certifiedTeachers, teachingArea, sportsArea, equipmentValue, multimediaClassrooms, musicRooms, artRooms,
                musicRoomMinArea, artRoomMinArea, builtYear, List.of(), List.of());
    }

    public SchoolFacilities(int certifiedTeachers, BigDecimal teachingArea, BigDecimal sportsArea, BigDecimal equipmentValue,
                            int multimediaClassrooms, int musicRooms, int artRooms, BigDecimal musicRoomMinArea,
                            BigDecimal artRoomMinArea) {
        this(certifiedTeachers, teachingArea, sportsArea, equipmentValue, multimediaClassrooms, musicRooms, artRooms,
                musicRoomMinArea, artRoomMinArea, null);
    }

    /** Each room's area as kept in one text column ("96;80.5"), or null when not reported. */
    public static String joinAreas(List<BigDecimal> areas) {
        return areas.isEmpty() ? null : String.join(";", areas.stream().map(BigDecimal::toPlainString).toList());
    }

    /** The rooms' areas from their text column. */
    public static List<BigDecimal> splitAreas(String text) {
        return text == null || text.isBlank() ? List.of()
                : java.util.Arrays.stream(text.split(";")).map(BigDecimal::new).toList();
    }
}
