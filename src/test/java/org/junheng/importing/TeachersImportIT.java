package org.junheng.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;

import org.junheng.IntegrationTest;
import org.junheng.registry.Registry;
import org.junheng.registry.Teacher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@IntegrationTest
class TeachersImportIT {

    private static final String HEADER = "teacher_id,school_code,stage,subject,gender,birth_year,education,title,"
            + "backbone_level,special_grade,subject_leader,years_at_school,rural_years,seeking_senior_title,exempt\n";

    @Autowired
    Importer importer;

    @Autowired
    Registry registry;

    /** Registers a primary school in the county (one county per test, so that rosters stay apart) and returns its code. */
    private String primarySchoolIn(String county) {
        ImportReport schools = importer.importFile(ImportType.SCHOOL_STATS,
                SchoolStatsTable.withKeys().rows(county, 1, 2025, row -> row).csv(), "s.csv", Locale.ENGLISH, r -> { });
        assertThat(schools.stored()).isTrue();
        return "2" + county + "001";
    }

    private ImportReport importTeachers(String csv) {
        return importer.importFile(ImportType.TEACHERS, new ByteArrayInputStream(csv.getBytes(UTF_8)), "t.csv",
                Locale.ENGLISH, rows -> { });
    }

    private long rosterOf(String school) {
        return registry.findTeachers(school, null, 0, 1).totalElements();
    }

    @Test
    void aRosterIsStoredWithChineseEnumerationNamesAccepted() {
        String school = primarySchoolIn("350102");
        ImportReport report = importTeachers(HEADER
                + "P-1," + school + ",primary,math,female,1988,bachelor,first,county,否,是,9,4,是,否\n"
                + "P-2," + school + ",小学,音乐,男,1995,专科,二级教师,无,否,否,3,3,否,否\n");

        assertThat(report.errors()).isEmpty();
        assertThat(registry.findTeachers(school, null, 0, 10).content())
                .extracting(Teacher::teacherId, t -> t.subject().key(), t -> t.education().key())
                .containsExactlyInAnyOrder(tuple("P-1", "math", "bachelor"), tuple("P-2", "music", "associate"));
    }

    @Test
    void aTeacherIdShapedLikeANationalIdNumberIsRefused() {
        String school = primarySchoolIn("350103");
        ImportReport report = importTeachers(HEADER
                + "35010219880101123X," + school + ",primary,math,female,1988,bachelor,first,none,否,否,9,4,否,否\n"
                + "T-350102198801011234," + school + ",primary,math,female,1988,bachelor,first,none,否,否,9,4,否,否\n");

        assertThat(report.errors()).extracting(ImportError::row, ImportError::column, ImportError::code)
                .containsExactly(tuple(2, "teacher_id", "teacher.national_id"), tuple(3, "teacher_id", "teacher.national_id"));
        assertThat(rosterOf(school)).isZero();
    }

    @Test
    void aTeacherOfAnUnregisteredSchoolOrOfAStageTheSchoolDoesNotTeachIsRefused() {
        String school = primarySchoolIn("350104");
        ImportReport report = importTeachers(HEADER
                + "P-3,2350102999,primary,math,female,1988,bachelor,first,none,否,否,9,4,否,否\n"
                + "P-4," + school + ",junior,math,female,1988,bachelor,first,none,否,否,9,4,否,否\n");

        assertThat(report.errors()).extracting(ImportError::row, ImportError::column, ImportError::code)
                .containsExactly(tuple(2, "school_code", "school.unknown"), tuple(3, "stage", "teacher.stage_mismatch"));
    }

    @Test
    void importingASchoolsTeachersAgainReplacesItsRoster() {
        String school = primarySchoolIn("350105");
        importTeachers(HEADER
                + "P-5," + school + ",primary,math,female,1988,bachelor,first,none,否,否,9,4,否,否\n"
                + "P-6," + school + ",primary,pe,male,1990,bachelor,second,none,否,否,2,0,否,否\n");

        importTeachers(HEADER + "P-7," + school + ",primary,art,female,1993,bachelor,second,none,否,否,1,0,否,否\n");

        assertThat(registry.findTeachers(school, null, 0, 10).content()).extracting(Teacher::teacherId).containsExactly("P-7");
    }

    @Test
    void theCsvTemplateFilledInBelowItsTwoHeaderRowsImports() throws IOException {
        String school = primarySchoolIn("350111");
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        TemplateWriter.writeCsv(ImportType.TEACHERS, template);
        String filled = template.toString(UTF_8)
                + "P-8," + school + ",primary,chinese,female,1985,bachelor,senior,city,否,是,12,6,否,否\n";

        ImportReport report = importTeachers(filled);

        assertThat(report.errors()).isEmpty();
        assertThat(report.rowsRead()).isEqualTo(1);
        assertThat(rosterOf(school)).isEqualTo(1);
    }
}
