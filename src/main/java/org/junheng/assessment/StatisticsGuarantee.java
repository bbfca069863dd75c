package org.junheng.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junheng.registry.SchoolFacilities;
import org.junheng.registry.SchoolStatistics;
import org.junheng.registry.SchoolType;
import org.junheng.registry.SchoolYear;
import org.junheng.registry.Stage;

/**
 * The guarantee items the school statistics decide (3, 4, 5 and 12), over the schools in the
 * resource-allocation scope (special schools and teaching points under 50 students are outside).
 */
final class StatisticsGuarantee {

    static final int CLASSES_PER_ROOM = 12;
    static final BigDecimal MUSIC_ROOM_AREA = new BigDecimal("96");
    static final BigDecimal ART_ROOM_AREA = new BigDecimal("90");
    static final int SCHOOL_SIZE_LIMIT = 2000;
    static final int THROUGH_SCHOOL_SIZE_LIMIT = 2500;

    private StatisticsGuarantee() {
    }

    static boolean inScope(SchoolYear schoolYear) {
        SchoolType type = schoolYear.school().type();
        return type != SchoolType.SPECIAL && !(type == SchoolType.TEACHING_POINT
                && schoolYear.statistics().primary().students() < StageSplit.SMALL_TEACHING_POINT_LIMIT);
    }

    static ItemAssessment musicAndArtRooms(List<SchoolYear> schools) {
        return item(3, "music_art_rooms", schools, (s, lacks) -> {
            SchoolStatistics st = s.statistics();
            SchoolFacilities f = st.facilities();
            int classes = st.primary().classes() + st.junior().classes();
            int needed = Math.max(1, (classes + CLASSES_PER_ROOM - 1) / CLASSES_PER_ROOM);
            if (f.musicRooms() < needed) {
                lacks.least("music_rooms", BigDecimal.valueOf(f.musicRooms()), BigDecimal.valueOf(needed));
            }
            if (f.artRooms() < needed) {
                lacks.least("art_rooms", BigDecimal.valueOf(f.artRooms()), BigDecimal.valueOf(needed));
            }
            if (f.musicRoomMinArea() == null || f.musicRoomMinArea().compareTo(MUSIC_ROOM_AREA) < 0) {
                lacks.least("music_room_area", f.musicRoomMinArea(), MUSIC_ROOM_AREA);
            }
            if (f.artRoomMinArea() == null || f.artRoomMinArea().compareTo(ART_ROOM_AREA) < 0) {
                lacks.least("art_room_area", f.artRoomMinArea(), ART_ROOM_AREA);
            }
        });
    }

    static ItemAssessment schoolSize(List<SchoolYear> schools) {
        return item(4, "school_size", schools, (s, lacks) -> {
            SchoolType type = s.school().type();
            int compulsory = s.statistics().primary().students() + s.statistics().junior().students();
            boolean through = type == SchoolType.NINE_YEAR || type == SchoolType.TWELVE_YEAR;
            int limit = through ? THROUGH_SCHOOL_SIZE_LIMIT : SCHOOL_SIZE_LIMIT;
            if (compulsory > limit) {
                lacks.most("compulsory_students", BigDecimal.valueOf(compulsory), BigDecimal.valueOf(limit));
            }
        });
    }

    static ItemAssessment classSize(List<SchoolYear> schools) {
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
    static ItemAssessment teacherCertification(List<SchoolYear> schools) {
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
