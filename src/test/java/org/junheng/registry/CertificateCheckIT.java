package org.junheng.registry;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junheng.DemoImport;
import org.junheng.IntegrationTest;
import org.junheng.importing.ImportProgress;
import org.junheng.importing.ImportReport;
import org.junheng.importing.ImportType;
import org.junheng.importing.Importer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/** Guarantee item 12 checked teacher by teacher: a school's reported certified teachers against its roster. */
@IntegrationTest
class CertificateCheckIT {

    private static final String COUNTY = "990121";
    private static final int YEAR = 2025;

    @Autowired
    Importer importer;

    @Autowired
    Registry registry;

    private static String roster(String school, int certified, int not) {
        StringBuilder csv = new StringBuilder("teacher_id,school_code,stage,subject,gender,birth_year,education,title,"
                + "backbone_level,special_grade,subject_leader,years_at_school,rural_years,seeking_senior_title,exempt,"
                + "certified\n");
        for (int i = 0; i < certified + not; i++) {
            csv.append("C-").append(school).append('-').append(i).append(',').append(school)
                    .append(",primary,math,female,1985,bachelor,first,none,否,否,4,0,否,否,").append(i < certified ? "是" : "否")
                    .append('\n');
        }
        return csv.toString();
    }

    @Test
    void aSchoolsReportedCertifiedTeachersAreCheckedAgainstItsRosterTeacherByTeacher(@TempDir Path demo) throws Exception {
        DemoImport.importDemo(importer, demo, 1, ImportType.REGIONS, ImportType.SCHOOL_STATS, ImportType.TEACHERS);
        List<SchoolYear> schools = registry.schoolYears(COUNTY, YEAR).stream()
                .filter(s -> s.school().type() == SchoolType.PRIMARY && s.statistics().facilities().certifiedTeachers() > 2)
                .toList();
        SchoolYear agreeing = schools.get(0);
        SchoolYear disagreeing = schools.get(1);
        SchoolYear unsaid = schools.get(2);
        int reportedA = agreeing.statistics().facilities().certifiedTeachers();
        int reportedB = disagreeing.statistics().facilities().certifiedTeachers();
        String csv = roster(agreeing.school().code(), reportedA, 1)
                + roster(disagreeing.school().code(), reportedB - 1, 2).lines().skip(1).collect(Collectors.joining("\n", "", "\n"));
        ImportReport report = importer.importFile(ImportType.TEACHERS, new ByteArrayInputStream(csv.getBytes(UTF_8)),
                "teachers.csv", Locale.ENGLISH, ImportProgress.NONE);
        assertThat(report.stored()).as("%s", report.errors()).isTrue();

        Map<String, CertificateCheck> checks = registry.certificateChecks(COUNTY, YEAR).stream()
                .collect(Collectors.toMap(CertificateCheck::schoolCode, Function.identity()));

        CertificateCheck a = checks.get(agreeing.school().code());
        assertThat(a.reported()).isEqualTo(reportedA);
        assertThat(a.onRoster()).isEqualTo(reportedA + 1);
        assertThat(a.certifiedOnRoster()).isEqualTo(reportedA);
        assertThat(a.agrees()).isTrue();
        CertificateCheck b = checks.get(disagreeing.school().code());
        assertThat(b.certifiedOnRoster()).isEqualTo(reportedB - 1);
        assertThat(b.agrees()).isFalse();
        // the generated roster does not say who is certified
        assertThat(checks.get(unsaid.school().code()).agrees()).isNull();
        assertThat(checks.get(unsaid.school().code()).unknownOnRoster()).isEqualTo(checks.get(unsaid.school().code()).onRoster());
    }
}
