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
        return item(3, "music_art_rooms", schools, s -> {
            SchoolStatistics st = s.statistics();
            SchoolFacilities f = st.facilities();
            int classes = st.primary().classes() + st.junior().classes();
            int needed = Math.max(1, (classes + CLASSES_PER_ROOM - 1) / CLASSES_PER_ROOM);
            return f.musicRooms() >= needed && f.artRooms() >= needed
                    && f.musicRoomMinArea() != null && f.musicRoomMinArea().compareTo(MUSIC_ROOM_AREA) >= 0
                    && f.artRoomMinArea() != null && f.artRoomMinArea().compareTo(ART_ROOM_AREA) >= 0;
        });
    }

    static ItemAssessment schoolSize(List<SchoolYear> schools) {
        return item(4, "school_size", schools, s -> {
            SchoolType type = s.school().type();
            int compulsory = s.statistics().primary().students() + s.statistics().junior().students();
            boolean through = type == SchoolType.NINE_YEAR || type == SchoolType.TWELVE_YEAR;
            return compulsory <= (through ? THROUGH_SCHOOL_SIZE_LIMIT : SCHOOL_SIZE_LIMIT);
        });
    }

    static ItemAssessment classSize(List<SchoolYear> schools) {
        return item(5, "class_size", schools, s ->
                s.statistics().primary().oversizeClasses() == 0 && s.statistics().junior().oversizeClasses() == 0);
    }

    /**
     * Certified teachers are reported for the whole school; where the school also has a senior stage,
     * its senior teachers are not in the statistics, so only "at least as many as the compulsory
     * teachers" can be checked there.
     */
    static ItemAssessment teacherCertification(List<SchoolYear> schools) {
        return item(12, "teacher_certification", schools, s -> {
            SchoolStatistics st = s.statistics();
            int compulsoryTeachers = st.primary().teachers() + st.junior().teachers();
            return s.school().type().teaches(Stage.SENIOR)
                    ? st.facilities().certifiedTeachers() >= compulsoryTeachers
                    : st.facilities().certifiedTeachers() == compulsoryTeachers;
        });
    }

    private interface SchoolCheck {
        boolean holds(SchoolYear school);
    }

    private static ItemAssessment item(int number, String code, List<SchoolYear> schools, SchoolCheck check) {
        List<String> failing = new ArrayList<>();
        for (SchoolYear school : schools) {
            if (inScope(school) && !check.holds(school)) {
                failing.add(school.school().code());
            }
        }
        return ItemAssessment.fromStatistics(number, code, failing);
    }
}
