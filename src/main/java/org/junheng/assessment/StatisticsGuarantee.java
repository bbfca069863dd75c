package org.junheng.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junheng.registry.LocationClass;
import org.junheng.registry.SchoolFacilities;
import org.junheng.registry.SchoolStatistics;
import org.junheng.registry.SchoolType;
import org.junheng.registry.SchoolYear;
import org.junheng.registry.Stage;

/**
 * The guarantee items the school statistics decide (3, 4, 5 and 12), over the schools in the
 * resource-allocation scope (special schools and teaching points under 50 students are outside),
 * with the thresholds and relaxations of a profile: older schools' and small rural schools' rooms
 * judged against smaller areas, older schools against larger size limits, rooms counted by area.
 */
final class StatisticsGuarantee {

    private final int classesPerRoom;
    private final boolean countedByArea;
    private final RoomAreas general;
    private final RoomAreas olderRooms;
    private final RoomAreas smallRuralRooms;
    private final Integer olderRoomsBuiltBefore;
    private final Integer smallRuralStudentsBelow;
    private final int schoolSizeLimit;
    private final int throughSchoolSizeLimit;
    private final Integer existingSizeBuiltBefore;
    private final int existingSchoolSizeLimit;
    private final int existingThroughSchoolSizeLimit;

    /** The least areas of a music and an art room under one rule. */
    private record RoomAreas(BigDecimal music, BigDecimal art) {

        static RoomAreas of(Profile profile, String prefix) {
            return new RoomAreas(profile.optional(prefix + "music_room_area").orElse(null),
                    profile.optional(prefix + "art_room_area").orElse(null));
        }
    }

    // the profile's numbers are read once here, not once a school
    StatisticsGuarantee(Profile profile) {
        this.countedByArea = profile.optional(Profile.ROOMS_COUNTED_BY_AREA).map(v -> v.signum() > 0).orElse(false);
        this.classesPerRoom = profile.number("guarantee.classes_per_room").intValueExact();
        this.general = RoomAreas.of(profile, "guarantee.");
        this.olderRooms = RoomAreas.of(profile, "relaxations.older_rooms.");
        this.smallRuralRooms = RoomAreas.of(profile, "relaxations.small_rural_rooms.");
        this.olderRoomsBuiltBefore = whole(profile, "relaxations.older_rooms.built_before");
        this.smallRuralStudentsBelow = whole(profile, "relaxations.small_rural_rooms.students_below");
        this.schoolSizeLimit = profile.number("guarantee.school_size").intValueExact();
        this.throughSchoolSizeLimit = profile.number("guarantee.through_school_size").intValueExact();
        this.existingSizeBuiltBefore = whole(profile, "relaxations.existing_school_size.built_before");
        this.existingSchoolSizeLimit = existingSizeBuiltBefore == null ? 0
                : profile.number("relaxations.existing_school_size.school_size").intValueExact();
        this.existingThroughSchoolSizeLimit = existingSizeBuiltBefore == null ? 0
                : profile.number("relaxations.existing_school_size.through_school_size").intValueExact();
    }

    private static Integer whole(Profile profile, String key) {
        return profile.optional(key).map(BigDecimal::intValue).orElse(null);
    }

    /** Whether a relaxation keyed on the year built (before {@code year}; null: no such relaxation) applies. */
    private static boolean builtBefore(Integer year, SchoolYear school) {
        Integer built = school.statistics().facilities().builtYear();
        return built != null && year != null && built < year;
    }

    private boolean smallRural(SchoolYear school) {
        int students = school.statistics().primary().students() + school.statistics().junior().students();
        return school.school().location() == LocationClass.RURAL && smallRuralStudentsBelow != null
                && students < smallRuralStudentsBelow;
    }

    /** The least area a room of this kind must have at this school. */
    private BigDecimal roomArea(boolean music, SchoolYear school) {
        BigDecimal area = music ? general.music() : general.art();
        if (builtBefore(olderRoomsBuiltBefore, school)) {
            area = area.min(music ? olderRooms.music() : olderRooms.art());
        }
        if (smallRural(school)) {
            area = area.min(music ? smallRuralRooms.music() : smallRuralRooms.art());
        }
        return area;
    }

    static boolean inScope(SchoolYear schoolYear) {
        SchoolType type = schoolYear.school().type();
        return type != SchoolType.SPECIAL && !(type == SchoolType.TEACHING_POINT
                && schoolYear.statistics().primary().students() < StageSplit.SMALL_TEACHING_POINT_LIMIT);
    }

    /** Items 3, 4, 5 and 12, in that order, from one visit to each school in scope. */
    List<ItemAssessment> items(List<SchoolYear> schools) {
        Lacks rooms = new Lacks();
        Lacks size = new Lacks();
        Lacks classes = new Lacks();
        Lacks certification = new Lacks();
        for (SchoolYear school : schools) {
            if (inScope(school)) {
                musicAndArtRooms(school, rooms.at(school));
                schoolSize(school, size.at(school));
                classSize(school, classes.at(school));
                teacherCertification(school, certification.at(school));
            }
        }
        return List.of(ItemAssessment.fromStatistics(3, "music_art_rooms", rooms.found),
                ItemAssessment.fromStatistics(4, "school_size", size.found),
                ItemAssessment.fromStatistics(5, "class_size", classes.found),
                ItemAssessment.fromStatistics(12, "teacher_certification", certification.found));
    }

    private void musicAndArtRooms(SchoolYear s, Lacks lacks) {
        SchoolStatistics st = s.statistics();
        SchoolFacilities f = st.facilities();
        int classes = st.primary().classes() + st.junior().classes();
        int needed = Math.max(1, (classes + classesPerRoom - 1) / classesPerRoom);
        rooms(MUSIC, f.musicRooms(), f.musicRoomMinArea(), f.musicRoomAreas(), roomArea(true, s), needed, lacks);
        rooms(ART, f.artRooms(), f.artRoomMinArea(), f.artRoomAreas(), roomArea(false, s), needed, lacks);
    }

    /** The measures a kind of room falls short in, named once rather than once a shortfall. */
    private record RoomMeasures(String rooms, String area, String meetingArea) {

        static RoomMeasures of(String kind) {
            return new RoomMeasures(kind + "_rooms", kind + "_room_area", kind + "_rooms_meeting_area");
        }
    }

    private static final RoomMeasures MUSIC = RoomMeasures.of("music");
    private static final RoomMeasures ART = RoomMeasures.of("art");

    /**
     * Nationally a school needs the rooms and its smallest room the area. Where the profile counts rooms by
     * area, the rooms that meet the area must be enough; a school that reports only its smallest room is
     * judged by it then too, as the other rooms' areas are not known.
     */
    private void rooms(RoomMeasures kind, int rooms, BigDecimal smallest, List<BigDecimal> areas, BigDecimal area,
                       int needed, Lacks lacks) {
        if (countedByArea && !areas.isEmpty()) {
            long meeting = areas.stream().filter(a -> a.compareTo(area) >= 0).count();
            if (meeting < needed) {
                lacks.least(kind.meetingArea(), BigDecimal.valueOf(meeting), BigDecimal.valueOf(needed));
            }
            return;
        }
        if (rooms < needed) {
            lacks.least(kind.rooms(), BigDecimal.valueOf(rooms), BigDecimal.valueOf(needed));
        }
        if (smallest == null || smallest.compareTo(area) < 0) {
            lacks.least(kind.area(), smallest, area);
        }
    }

    private void schoolSize(SchoolYear s, Lacks lacks) {
        SchoolType type = s.school().type();
        int compulsory = s.statistics().primary().students() + s.statistics().junior().students();
        boolean through = type == SchoolType.NINE_YEAR || type == SchoolType.TWELVE_YEAR;
        int limit = through ? throughSchoolSizeLimit : schoolSizeLimit;
        if (builtBefore(existingSizeBuiltBefore, s)) {
            limit = Math.max(limit, through ? existingThroughSchoolSizeLimit : existingSchoolSizeLimit);
        }
        if (compulsory > limit) {
            lacks.most("compulsory_students", BigDecimal.valueOf(compulsory), BigDecimal.valueOf(limit));
        }
    }

    private static void classSize(SchoolYear s, Lacks lacks) {
        int oversize = s.statistics().primary().oversizeClasses() + s.statistics().junior().oversizeClasses();
        if (oversize > 0) {
            lacks.most("oversize_classes", BigDecimal.valueOf(oversize), BigDecimal.ZERO);
        }
    }

    /**
     * Certified teachers are reported for the whole school; where the school also has a senior stage,
     * its senior teachers are not in the statistics, so only "at least as many as the compulsory
     * teachers" can be checked there.
     */
    private static void teacherCertification(SchoolYear s, Lacks lacks) {
        SchoolStatistics st = s.statistics();
        int compulsoryTeachers = st.primary().teachers() + st.junior().teachers();
        int certified = st.facilities().certifiedTeachers();
        boolean holds = s.school().type().teaches(Stage.SENIOR) ? certified >= compulsoryTeachers
                : certified == compulsoryTeachers;
        if (!holds) {
            lacks.least("certified_teachers", BigDecimal.valueOf(certified), BigDecimal.valueOf(compulsoryTeachers));
        }
    }

    /** Where the schools fall short of one item, school by school. */
    private static final class Lacks {

        private final List<Shortfall> found = new ArrayList<>();
        private SchoolYear school;

        Lacks at(SchoolYear school) {
            this.school = school;
            return this;
        }

        void least(String measure, BigDecimal value, BigDecimal required) {
            found.add(new Shortfall(school.school().code(), school.school().name(), measure, value, required, false));
        }

        void most(String measure, BigDecimal value, BigDecimal allowed) {
            found.add(new Shortfall(school.school().code(), school.school().name(), measure, value, allowed, true));
        }
    }
}
