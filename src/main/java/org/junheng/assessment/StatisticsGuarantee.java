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
    private final BigDecimal musicRoomArea;
    private final BigDecimal artRoomArea;
    private final int schoolSizeLimit;
    private final int throughSchoolSizeLimit;
    private final Profile profile;
    private final boolean countedByArea;

    StatisticsGuarantee(Profile profile) {
        this.profile = profile;
        this.countedByArea = profile.optional(Profile.ROOMS_COUNTED_BY_AREA).map(v -> v.signum() > 0).orElse(false);
        this.classesPerRoom = profile.number("guarantee.classes_per_room").intValueExact();
        this.musicRoomArea = profile.number("guarantee.music_room_area");
        this.artRoomArea = profile.number("guarantee.art_room_area");
        this.schoolSizeLimit = profile.number("guarantee.school_size").intValueExact();
        this.throughSchoolSizeLimit = profile.number("guarantee.through_school_size").intValueExact();
    }

    /** Whether a relaxation keyed on the year built applies to the school. */
    private boolean builtBefore(String relaxation, SchoolYear school) {
        Integer built = school.statistics().facilities().builtYear();
        return built != null && profile.optional("relaxations." + relaxation + ".built_before")
                .map(year -> built < year.intValue()).orElse(false);
    }

    private boolean smallRural(SchoolYear school) {
        int students = school.statistics().primary().students() + school.statistics().junior().students();
        return school.school().location() == LocationClass.RURAL && profile.optional("relaxations.small_rural_rooms.students_below")
                .map(limit -> students < limit.intValue()).orElse(false);
    }

    /** The least area a room of this kind ({@code music} or {@code art}) must have at this school. */
    private BigDecimal roomArea(String kind, SchoolYear school) {
        BigDecimal area = kind.equals("music") ? musicRoomArea : artRoomArea;
        if (builtBefore("older_rooms", school)) {
            area = area.min(profile.number("relaxations.older_rooms." + kind + "_room_area"));
        }
        if (smallRural(school)) {
            area = area.min(profile.number("relaxations.small_rural_rooms." + kind + "_room_area"));
        }
        return area;
    }

    static boolean inScope(SchoolYear schoolYear) {
        SchoolType type = schoolYear.school().type();
        return type != SchoolType.SPECIAL && !(type == SchoolType.TEACHING_POINT
                && schoolYear.statistics().primary().students() < StageSplit.SMALL_TEACHING_POINT_LIMIT);
    }

    ItemAssessment musicAndArtRooms(List<SchoolYear> schools) {
        return item(3, "music_art_rooms", schools, (s, lacks) -> {
            SchoolStatistics st = s.statistics();
            SchoolFacilities f = st.facilities();
            int classes = st.primary().classes() + st.junior().classes();
            int needed = Math.max(1, (classes + classesPerRoom - 1) / classesPerRoom);
            rooms("music", f.musicRooms(), f.musicRoomMinArea(), f.musicRoomAreas(), roomArea("music", s), needed, lacks);
            rooms("art", f.artRooms(), f.artRoomMinArea(), f.artRoomAreas(), roomArea("art", s), needed, lacks);
        });
    }

    /**
     * Nationally a school needs the rooms and its smallest room the area. Where the profile counts rooms by
     * area, the rooms that meet the area must be enough; a school that reports only its smallest room is
     * judged by it then too, as the other rooms' areas are not known.
     */
    private void rooms(String kind, int rooms, BigDecimal smallest, List<BigDecimal> areas, BigDecimal area,
                       int needed, Lacks lacks) {
        if (countedByArea && !areas.isEmpty()) {
            long meeting = areas.stream().filter(a -> a.compareTo(area) >= 0).count();
            if (meeting < needed) {
                lacks.least(kind + "_rooms_meeting_area", BigDecimal.valueOf(meeting), BigDecimal.valueOf(needed));
            }
            return;
        }
        if (rooms < needed) {
            lacks.least(kind + "_rooms", BigDecimal.valueOf(rooms), BigDecimal.valueOf(needed));
        }
        if (smallest == null || smallest.compareTo(area) < 0) {
            lacks.least(kind + "_room_area", smallest, area);
        }
    }

    ItemAssessment schoolSize(List<SchoolYear> schools) {
        return item(4, "school_size", schools, (s, lacks) -> {
            SchoolType type = s.school().type();
            int compulsory = s.statistics().primary().students() + s.statistics().junior().students();
            boolean through = type == SchoolType.NINE_YEAR || type == SchoolType.TWELVE_YEAR;
            int limit = through ? throughSchoolSizeLimit : schoolSizeLimit;
            if (builtBefore("existing_school_size", s)) {
                limit = Math.max(limit, profile.number("relaxations.existing_school_size."
                        + (through ? "through_school_size" : "school_size")).intValueExact());
            }
            if (compulsory > limit) {
                lacks.most("compulsory_students", BigDecimal.valueOf(compulsory), BigDecimal.valueOf(limit));
            }
        });
    }

    ItemAssessment classSize(List<SchoolYear> schools) {
        return item(5, "class_size", schools, (s, lacks) -> {
            int oversize = s.statistics().primary().oversizeClasses() + s.statistics().junior().oversizeClasses();
            if (oversize > 0) {
                lacks.most("oversize_classes", BigDecimal.valueOf(oversize), BigDecimal.ZERO);
            }
        });
    }

    /**
     * Certified teachers are reported for the whole school; where the school also has a senior stage,
     * its senior teachers are not in the statistics, so only "at least as many as the compulsory
     * teachers" can be checked there.
     */
    ItemAssessment teacherCertification(List<SchoolYear> schools) {
        return item(12, "teacher_certification", schools, (s, lacks) -> {
            SchoolStatistics st = s.statistics();
            int compulsoryTeachers = st.primary().teachers() + st.junior().teachers();
            int certified = st.facilities().certifiedTeachers();
            boolean holds = s.school().type().teaches(Stage.SENIOR) ? certified >= compulsoryTeachers
                    : certified == compulsoryTeachers;
            if (!holds) {
                lacks.least("certified_teachers", BigDecimal.valueOf(certified), BigDecimal.valueOf(compulsoryTeachers));
            }
        });
    }

    /** Where one school falls short of an item. */
    private static final class Lacks {

        private final SchoolYear school;
        private final List<Shortfall> found;

        Lacks(SchoolYear school, List<Shortfall> found) {
            this.school = school;
            this.found = found;
        }

        void least(String measure, BigDecimal value, BigDecimal required) {
            found.add(new Shortfall(school.school().code(), school.school().name(), measure, value, required, false));
        }

        void most(String measure, BigDecimal value, BigDecimal allowed) {
            found.add(new Shortfall(school.school().code(), school.school().name(), measure, value, allowed, true));
        }
    }

    private interface SchoolCheck {
        void check(SchoolYear school, Lacks lacks);
    }

    private static ItemAssessment item(int number, String code, List<SchoolYear> schools, SchoolCheck check) {
        List<Shortfall> shortfalls = new ArrayList<>();
        for (SchoolYear school : schools) {
            if (inScope(school)) {
                check.check(school, new Lacks(school, shortfalls));
            }
        }
        return ItemAssessment.fromStatistics(number, code, shortfalls);
    }
}
