package org.junheng.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junheng.registry.SchoolFacilities;
import org.junheng.registry.SchoolType;
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

    /** The least room areas by {@link #roomRule}: the general one, for older schools, small rural ones, both. */
    private final BigDecimal[] musicRoomAreas = new BigDecimal[4];
    private final BigDecimal[] artRoomAreas = new BigDecimal[4];
    private final double[] musicRoomAreaValues = new double[4];
    private final double[] artRoomAreaValues = new double[4];

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
        for (int rule = 0; rule < 4; rule++) {
            musicRoomAreas[rule] = roomArea(true, (rule & 1) != 0, (rule & 2) != 0);
            artRoomAreas[rule] = roomArea(false, (rule & 1) != 0, (rule & 2) != 0);
            musicRoomAreaValues[rule] = musicRoomAreas[rule].doubleValue();
            artRoomAreaValues[rule] = artRoomAreas[rule].doubleValue();
        }
    }

    private static Integer whole(Profile profile, String key) {
        return profile.optional(key).map(BigDecimal::intValue).orElse(null);
    }

    /** Whether a relaxation keyed on the year built (before {@code year}; null: no such relaxation) applies. */
    private static boolean builtBefore(Integer year, SchoolFigures f, int row) {
        int built = f.builtYear[row];
        return built != SchoolFigures.NOT_REPORTED && year != null && built < year;
    }

    private static int compulsoryStudents(SchoolFigures f, int row) {
        return f.students[Stage.PRIMARY.ordinal()][row] + f.students[Stage.JUNIOR.ordinal()][row];
    }

    private boolean smallRural(SchoolFigures f, int row) {
        return f.rural[row] && smallRuralStudentsBelow != null && compulsoryStudents(f, row) < smallRuralStudentsBelow;
    }

    /** The least area a room of this kind must have at a school older or not, small and rural or not. */
    private BigDecimal roomArea(boolean music, boolean older, boolean smallRural) {
        BigDecimal area = music ? general.music() : general.art();
        BigDecimal olderArea = music ? olderRooms.music() : olderRooms.art();
        BigDecimal smallRuralArea = music ? smallRuralRooms.music() : smallRuralRooms.art();
        // a relaxation the profile does not have never applies (its rule is never looked up)
        if (older && olderArea != null) {
            area = area.min(olderArea);
        }
        if (smallRural && smallRuralArea != null) {
            area = area.min(smallRuralArea);
        }
        return area;
    }

    /** Which of {@link #musicRoomAreas} and {@link #artRoomAreas} applies to a school. */
    private int roomRule(SchoolFigures f, int row) {
        return (builtBefore(olderRoomsBuiltBefore, f, row) ? 1 : 0) | (smallRural(f, row) ? 2 : 0);
    }

    private static boolean inScope(SchoolFigures f, int row) {
        SchoolType type = f.types[row];
        return type != SchoolType.SPECIAL && !(type == SchoolType.TEACHING_POINT
                && f.students[Stage.PRIMARY.ordinal()][row] < StageSplit.SMALL_TEACHING_POINT_LIMIT);
    }

    /** Items 3, 4, 5 and 12, in that order, from one visit to each school of the rows [from, to) in scope. */
    List<ItemAssessment> items(SchoolFigures f, int from, int to) {
        Lacks rooms = new Lacks(f);
        Lacks size = new Lacks(f);
        Lacks classes = new Lacks(f);
        Lacks certification = new Lacks(f);
        for (int row = from; row < to; row++) {
            if (inScope(f, row)) {
                musicAndArtRooms(f, row, rooms.at(row));
                schoolSize(f, row, size.at(row));
                classSize(f, row, classes.at(row));
                teacherCertification(f, row, certification.at(row));
            }
        }
        return List.of(ItemAssessment.fromStatistics(3, "music_art_rooms", rooms.found, rooms.schools),
                ItemAssessment.fromStatistics(4, "school_size", size.found, size.schools),
                ItemAssessment.fromStatistics(5, "class_size", classes.found, classes.schools),
                ItemAssessment.fromStatistics(12, "teacher_certification", certification.found, certification.schools));
    }

    private void musicAndArtRooms(SchoolFigures f, int row, Lacks lacks) {
        int classes = f.classes[Stage.PRIMARY.ordinal()][row] + f.classes[Stage.JUNIOR.ordinal()][row];
        int needed = Math.max(1, (classes + classesPerRoom - 1) / classesPerRoom);
        SchoolFacilities facilities = countedByArea ? f.rows[row].statistics().facilities() : null;
        int rule = roomRule(f, row);
        rooms(MUSIC, f.musicRooms[row], f.musicRoomMinArea[row], f.musicRoomMinAreaValue[row],
                facilities == null ? List.of() : facilities.musicRoomAreas(), musicRoomAreas[rule], musicRoomAreaValues[rule], needed, lacks);
        rooms(ART, f.artRooms[row], f.artRoomMinArea[row], f.artRoomMinAreaValue[row],
                facilities == null ? List.of() : facilities.artRoomAreas(), artRoomAreas[rule], artRoomAreaValues[rule], needed, lacks);
    }

    /** The measures a kind of room falls short in, named once rather than once a shortfall. */
    private record RoomMeasures(String rooms, String area, String meetingArea) {

        static RoomMeasures of(String kind) {
            return new RoomMeasures(kind + "_rooms", kind + "_room_area", kind + "_rooms_meeting_area");
        }
    }

    private static final RoomMeasures MUSIC = RoomMeasures.of("music");
    private static final RoomMeasures ART = RoomMeasures.of("art");
    private static final double UNSETTLED = 1e-9;

    /**
     * Nationally a school needs the rooms and its smallest room the area. Where the profile counts rooms by
     * area, the rooms that meet the area must be enough; a school that reports only its smallest room is
     * judged by it then too, as the other rooms' areas are not known.
     *
     * @param smallestValue {@code smallest} as a double (NaN where null), and {@code areaValue} the area's: they
     *                      settle the comparison unless the two lie within a hair of each other
     */
    private void rooms(RoomMeasures kind, int rooms, BigDecimal smallest, double smallestValue, List<BigDecimal> areas,
                       BigDecimal area, double areaValue, int needed, Lacks lacks) {
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
        if (smallest == null || smaller(smallest, smallestValue, area, areaValue)) {
            lacks.least(kind.area(), smallest, area);
        }
    }

    private static boolean smaller(BigDecimal smallest, double smallestValue, BigDecimal area, double areaValue) {
        if (Math.abs(smallestValue - areaValue) > UNSETTLED * Math.abs(areaValue)) {
            return smallestValue < areaValue;
        }
        return smallest.compareTo(area) < 0;
    }

    private void schoolSize(SchoolFigures f, int row, Lacks lacks) {
        SchoolType type = f.types[row];
        int compulsory = compulsoryStudents(f, row);
        boolean through = type == SchoolType.NINE_YEAR || type == SchoolType.TWELVE_YEAR;
        int limit = through ? throughSchoolSizeLimit : schoolSizeLimit;
        if (builtBefore(existingSizeBuiltBefore, f, row)) {
            limit = Math.max(limit, through ? existingThroughSchoolSizeLimit : existingSchoolSizeLimit);
        }
        if (compulsory > limit) {
            lacks.most("compulsory_students", BigDecimal.valueOf(compulsory), BigDecimal.valueOf(limit));
        }
    }

    private static void classSize(SchoolFigures f, int row, Lacks lacks) {
        int oversize = f.oversizeClasses[Stage.PRIMARY.ordinal()][row] + f.oversizeClasses[Stage.JUNIOR.ordinal()][row];
        if (oversize > 0) {
            lacks.most("oversize_classes", BigDecimal.valueOf(oversize), BigDecimal.ZERO);
        }
    }

    /**
     * Certified teachers are reported for the whole school; where the school also has a senior stage,
     * its senior teachers are not in the statistics, so only "at least as many as the compulsory
     * teachers" can be checked there.
     */
    private static void teacherCertification(SchoolFigures f, int row, Lacks lacks) {
        int compulsoryTeachers = f.teachers[Stage.PRIMARY.ordinal()][row] + f.teachers[Stage.JUNIOR.ordinal()][row];
        int certified = f.certifiedTeachers[row];
        boolean holds = f.types[row].teaches(Stage.SENIOR) ? certified >= compulsoryTeachers
                : certified == compulsoryTeachers;
        if (!holds) {
            lacks.least("certified_teachers", BigDecimal.valueOf(certified), BigDecimal.valueOf(compulsoryTeachers));
        }
    }

    /** Where the schools fall short of one item, school by school. */
    private static final class Lacks {

        private final SchoolFigures figures;
        private final List<Shortfall> found = new ArrayList<>();
        private final List<String> schools = new ArrayList<>();
        private int row;
        private int lastRow = -1;

        Lacks(SchoolFigures figures) {
            this.figures = figures;
        }

        /** Names the school once for its shortfalls (a school's rows of one year are adjacent). */
        private void seen() {
            if (lastRow < 0 || figures.firstRowOfSchool[row] != figures.firstRowOfSchool[lastRow]) {
                schools.add(figures.codes[row]);
                lastRow = row;
            }
        }

        Lacks at(int row) {
            this.row = row;
            return this;
        }

        void least(String measure, BigDecimal value, BigDecimal required) {
            seen();
            found.add(new Shortfall(figures.codes[row], figures.names[row], measure, value, required, false));
        }

        void most(String measure, BigDecimal value, BigDecimal allowed) {
            seen();
            found.add(new Shortfall(figures.codes[row], figures.names[row], measure, value, allowed, true));
        }
    }
}
