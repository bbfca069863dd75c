package org.junheng.assessment;

import java.math.BigDecimal;

import org.junheng.registry.LocationClass;
import org.junheng.registry.School;
import org.junheng.registry.SchoolFacilities;
import org.junheng.registry.SchoolStatistics;
import org.junheng.registry.SchoolType;
import org.junheng.registry.SchoolYear;
import org.junheng.registry.StageStatistics;

/**
 * Builds a school's statistics for engine tests. A new primary school meets every quality-2017
 * standard with a little to spare; tests then change the figure they are about.
 */
final class SchoolBuilder {

    static final String COUNTY = "990121";
    static final int YEAR = 2025;

    private final String code;
    private SchoolType type = SchoolType.PRIMARY;
    private StageStatistics primary = StageStatistics.NONE;
    private StageStatistics junior = StageStatistics.NONE;
    private int senior;
    private String county = COUNTY;
    private BigDecimal teachingArea;
    private BigDecimal sportsArea;
    private BigDecimal equipment;
    private Integer multimedia;
    private int musicRooms = 2;
    private int artRooms = 2;
    private int certified = -1;

    private SchoolBuilder(String code) {
        this.code = code;
    }

    static SchoolBuilder primarySchool(String code, int students) {
        return new SchoolBuilder(code).primary(students);
    }

    static SchoolBuilder school(String code, SchoolType type) {
        SchoolBuilder builder = new SchoolBuilder(code);
        builder.type = type;
        return builder;
    }

    /** A primary stage meeting the teacher standards: 5 qualified, 1.2 backbone, 1 PE/art teacher per 100 pupils. */
    SchoolBuilder primary(int students) {
        primary = new StageStatistics(students, Math.max(1, students / 40), 0, students * 6 / 100,
                students * 5 / 100, students * 12 / 1000, students / 100);
        return this;
    }

    SchoolBuilder primary(StageStatistics statistics) {
        primary = statistics;
        return this;
    }

    /** A junior stage meeting the teacher standards: 6 qualified, 1.2 backbone, 1 PE/art teacher per 100 pupils. */
    SchoolBuilder junior(int students) {
        junior = new StageStatistics(students, Math.max(1, students / 45), 0, students * 8 / 100,
                students * 6 / 100, students * 12 / 1000, students / 100);
        return this;
    }

    SchoolBuilder senior(int students) {
        senior = students;
        return this;
    }

    SchoolBuilder inCounty(String countyCode) {
        county = countyCode;
        return this;
    }

    SchoolBuilder teachingArea(String m2) {
        teachingArea = new BigDecimal(m2);
        return this;
    }

    SchoolBuilder sportsArea(String m2) {
        sportsArea = new BigDecimal(m2);
        return this;
    }

    SchoolBuilder equipment(String yuan) {
        equipment = new BigDecimal(yuan);
        return this;
    }

    SchoolBuilder multimediaClassrooms(int rooms) {
        multimedia = rooms;
        return this;
    }

    SchoolBuilder teachers(int qualified, int backbone, int peArt) {
        primary = new StageStatistics(primary.students(), primary.classes(), primary.oversizeClasses(),
                Math.max(primary.teachers(), qualified), qualified, backbone, peArt);
        return this;
    }

    SchoolBuilder oversizeClasses(int classes) {
        primary = new StageStatistics(primary.students(), Math.max(primary.classes(), classes), classes,
                primary.teachers(), primary.qualifiedTeachers(), primary.backboneTeachers(), primary.peArtTeachers());
        return this;
    }

    SchoolBuilder musicAndArtRooms(int music, int art) {
        musicRooms = music;
        artRooms = art;
        return this;
    }

    SchoolBuilder certifiedTeachers(int teachers) {
        certified = teachers;
        return this;
    }

    SchoolYear build() {
        int students = primary.students() + junior.students() + senior;
        BigDecimal perStudent = BigDecimal.valueOf(students);
        SchoolFacilities facilities = new SchoolFacilities(
                certified >= 0 ? certified : primary.teachers() + junior.teachers(),
                teachingArea != null ? teachingArea : perStudent.multiply(new BigDecimal("6")),
                sportsArea != null ? sportsArea : perStudent.multiply(new BigDecimal("11")),
                equipment != null ? equipment : perStudent.multiply(new BigDecimal("2600")),
                multimedia != null ? multimedia : Math.max(1, students * 3 / 100),
                musicRooms, artRooms, new BigDecimal("100"), new BigDecimal("95"));
        School school = new School(code, "学校" + code, type, LocationClass.TOWN, county, null, null);
        return new SchoolYear(school, new SchoolStatistics(YEAR, code, primary, junior, senior, facilities));
    }
}
