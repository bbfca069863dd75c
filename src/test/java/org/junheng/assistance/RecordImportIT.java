package org.junheng.assistance;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junheng.DemoImport;
import org.junheng.IntegrationTest;
import org.junheng.importing.ImportError;
import org.junheng.importing.ImportProgress;
import org.junheng.importing.ImportReport;
import org.junheng.importing.ImportType;
import org.junheng.importing.Importer;
import org.junheng.registry.Registry;
import org.junheng.registry.School;
import org.junheng.registry.SchoolQuery;
import org.junheng.registry.SchoolType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Activities and placements collected by spreadsheet: validated row by row, stored all or nothing. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordImportIT {

    private static final String COUNTY = "990121";

    @Autowired
    Importer importer;

    @Autowired
    Assistance assistance;

    @Autowired
    Registry registry;

    Programme programme;
    String helper;
    String helped;
    String outsider;

    @BeforeAll
    void importACountyAndSetUpAPairing(@TempDir Path demo) throws Exception {
        DemoImport.importDemo(importer, demo, 1, ImportType.REGIONS, ImportType.SCHOOL_STATS);
        List<School> schools = registry.findSchools(new SchoolQuery(COUNTY, SchoolType.PRIMARY, null), 0, 3).content();
        helper = schools.get(0).code();
        helped = schools.get(1).code();
        outsider = schools.get(2).code();
        programme = assistance.createProgramme(new Programme(0, ProgrammeKind.PAIRING, "表格导入结对", COUNTY, null,
                LocalDate.of(2025, 9, 1), null, null, null, List.of(new Programme.Participant(helper, SchoolRole.HELPER),
                new Programme.Participant(helped, SchoolRole.HELPED)), 0));
    }

    /** A placements workbook with real date cells, as bureaus fill it in Excel. */
    private InputStream placements(List<Object[]> rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(bytes, "junheng-test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("placements");
            String[] headings = {"帮扶项目编号", "派驻类型", "人员", "派出学校标识码", "接收学校标识码", "开始日期", "结束日期", "批次"};
            for (int c = 0; c < headings.length; c++) {
                sheet.value(0, c, headings[c]);
            }
            for (int r = 0; r < rows.size(); r++) {
                Object[] row = rows.get(r);
                for (int c = 0; c < row.length; c++) {
                    if (row[c] instanceof LocalDate date) {
                        sheet.value(r + 1, c, date);
                        sheet.style(r + 1, c).format("yyyy-mm-dd").set();
                    } else if (row[c] instanceof Number number) {
                        sheet.value(r + 1, c, number);
                    } else if (row[c] != null) {
                        sheet.value(r + 1, c, row[c].toString());
                    }
                }
            }
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    private Object[] placement(String person, String to, LocalDate start, LocalDate end, int batch) {
        return new Object[] {programme.id(), "support_teaching", person, helper, to, start, end, batch};
    }

    @Test
    void aPlacementsWorkbookWithThreeBadRowsIsRejectedNamingThoseCellsAndStoresNothing() throws IOException {
        int before = assistance.placements(programme.id()).size();
        List<Object[]> rows = new ArrayList<>();
        rows.add(placement("支教教师甲", helped, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 1, 20), 1));
        rows.add(placement("支教教师乙", helped, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 8, 1), 1));
        rows.add(placement("支教教师丙", outsider, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 1, 20), 1));
        rows.add(placement("350102198801011234", helped, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 1, 20), 2));

        ImportReport report = importer.importFile(ImportType.PLACEMENTS, placements(rows), "placements.xlsx",
                Locale.ROOT, ImportProgress.NONE);

        assertThat(report.stored()).isFalse();
        assertThat(report.errors()).extracting(ImportError::row, ImportError::column, ImportError::cell).containsExactly(
                tuple(3, "end_date", "G3"),
                tuple(4, "to_school", "E4"),
                tuple(5, "person", "C5"));
        assertThat(report.errors().get(1).message()).contains(outsider).contains("不在帮扶项目");
        assertThat(assistance.placements(programme.id())).hasSize(before);
    }

    @Test
    void aGoodPlacementsWorkbookIsStoredAndCountedInTheSummary() throws IOException {
        long before = assistance.summary(programme.id()).placementPersonTimes().get("support_teaching");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            rows.add(placement("工作室支教教师" + i, helped, LocalDate.of(2025, 9, 1).plusYears(i / 2),
                    LocalDate.of(2026, 1, 20).plusYears(i / 2), 1 + i / 2));
        }

        ImportReport report = importer.importFile(ImportType.PLACEMENTS, placements(rows), "placements.xlsx",
                Locale.ENGLISH, ImportProgress.NONE);

        assertThat(report.stored()).as("%s", report.errors()).isTrue();
        assertThat(report.rowsStored()).isEqualTo(5);
        ProgrammeSummary summary = assistance.summary(programme.id());
        assertThat(summary.placementPersonTimes().get("support_teaching")).isEqualTo(before + 5);
        assertThat(assistance.placements(programme.id())).extracting(Placement::startDate)
                .contains(LocalDate.of(2025, 9, 1), LocalDate.of(2027, 9, 1));
    }

    @Test
    void anActivitiesFileWithARatingOutOfRangeOrAnUnknownProgrammeStoresNothing() {
        int before = assistance.activities(programme.id()).size();
        String csv = "programme_id,kind,held_on,school_code,people,experts,teachers_reached,students_reached,hours,rating\n"
                + programme.id() + ",demonstration_lesson,2025-10-15," + helped + ",名师甲、名师乙,2,30,45,3,5\n"
                + programme.id() + ",symposium,2025/10/16," + helped + ",,1,12,0,2,6\n"
                + "999999,lecture,2025年10月17日," + helped + ",,1,12,0,2,\n";

        ImportReport report = importer.importFile(ImportType.ACTIVITIES, new ByteArrayInputStream(csv.getBytes(UTF_8)),
                "activities.csv", Locale.ENGLISH, ImportProgress.NONE);

        assertThat(report.stored()).isFalse();
        assertThat(report.errors()).extracting(ImportError::row, ImportError::column)
                .containsExactly(tuple(3, "rating"),
                        tuple(4, "programme_id"));
        assertThat(assistance.activities(programme.id())).hasSize(before);
    }

    @Test
    void aGoodActivitiesFileIsStoredWithEveryDateForm() {
        int before = assistance.activities(programme.id()).size();
        String csv = "programme_id,kind,held_on,school_code,people,subjects,experts,teachers_reached,students_reached,hours,"
                + "rating,feedback\n"
                + programme.id() + ",demonstration_lesson,2025-10-15," + helped + ",名师甲、名师乙,数学,2,30,45,3,5,很受启发\n"
                + programme.id() + ",symposium,2025/10/16," + helped + ",,,1,12,0,2,,\n";

        ImportReport report = importer.importFile(ImportType.ACTIVITIES, new ByteArrayInputStream(csv.getBytes(UTF_8)),
                "activities.csv", Locale.ENGLISH, ImportProgress.NONE);

        assertThat(report.stored()).as("%s", report.errors()).isTrue();
        assertThat(assistance.activities(programme.id())).hasSize(before + 2).extracting(Activity::heldOn,
                Activity::teachersReached).contains(tuple(LocalDate.of(2025, 10, 15), 30),
                        tuple(LocalDate.of(2025, 10, 16), 12));
    }

    private ImportReport csv(ImportType type, String text) {
        return importer.importFile(type, new ByteArrayInputStream(text.getBytes(UTF_8)), type.key() + ".csv", Locale.ENGLISH,
                ImportProgress.NONE);
    }

    @Test
    void anOutcomesFileWithAPrizeRankOf4IsRefusedNamingTheColumnAndStoresNothing() {
        int before = assistance.outcomes(programme.id()).size();
        ImportReport report = csv(ImportType.OUTCOMES, "帮扶项目编号,成果类型,级别,名称,学校标识码,人员,获得日期,荣誉类别,获奖等次,课题编号\n"
                + programme.id() + ",contest_award,province,省优质课评比一等奖," + helped + ",教师甲,2025-11-20,,1,\n"
                + programme.id() + ",contest_award,province,省优质课评比," + helped + ",教师乙,2025-11-20,,4,\n"
                + programme.id() + ",honour,county,县级骨干教师," + helped + ",教师丙,2025-12-01,backbone_teacher,2,\n");
        assertThat(report.stored()).isFalse();
        assertThat(report.errors()).extracting(ImportError::row, ImportError::column)
                .containsExactly(tuple(3, "rank"), tuple(4, "rank"));
        assertThat(assistance.outcomes(programme.id())).hasSize(before);
    }

    @Test
    void outcomesDonationsNeedsClassroomsAndPenPalClassesFilesAreStoredAndCounted() {
        ProgrammeSummary before = assistance.summary(programme.id());
        assertThat(csv(ImportType.OUTCOMES, "programme_id,kind,level,title,school_code,person,achieved_on,honour,rank,project\n"
                + programme.id() + ",research_approved,province,课题立项," + helped + ",,2025-10-01,,,豫教研2025-7\n"
                + programme.id() + ",research_completed,province,课题结题," + helped + ",,2026-06-01,,,豫教研2025-7\n"
                + programme.id() + ",honour,province,省级名师," + helped + ",教师丁,2025-12-01,famous_teacher,,\n").stored())
                .isTrue();
        assertThat(csv(ImportType.DONATIONS, "programme_id,school_code,donor,items,value_yuan,donated_on\n"
                + programme.id() + "," + helped + ",爱心企业,图书 500 册,12000.50,2025-10-01\n").stored()).isTrue();
        assertThat(csv(ImportType.NEEDS, "programme_id,school_code,subject,category,description,raised_on\n"
                + programme.id() + "," + helped + ",math,teaching,数学教研指导,2025-10-02\n").stored()).isTrue();
        assertThat(csv(ImportType.REMOTE_CLASSROOMS, "programme_id,school_code,partner_school,kind,opened_on\n"
                + programme.id() + "," + helped + "," + helper + ",delivered_class,2025-10-03\n").stored()).isTrue();
        assertThat(csv(ImportType.CLASS_PAIRINGS, "programme_id,school_code,class_name,partner_school,partner_class,"
                + "student_pairs,paired_on\n" + programme.id() + "," + helped + ",四年级(1)班," + helper + ",四年级(3)班,38,"
                + "2025-10-04\n").stored()).isTrue();

        ProgrammeSummary after = assistance.summary(programme.id());
        assertThat(after.outcomeCounts().researchProjects()).isEqualTo(before.outcomeCounts().researchProjects() + 1);
        assertThat(after.outcomeCounts().honours(Honour.FAMOUS_TEACHER, OutcomeLevel.PROVINCE))
                .isEqualTo(before.outcomeCounts().honours(Honour.FAMOUS_TEACHER, OutcomeLevel.PROVINCE) + 1);
        assertThat(after.donationValue()).isEqualByComparingTo(before.donationValue().add(new java.math.BigDecimal("12000.50")));
        assertThat(after.needsRaised()).isEqualTo(before.needsRaised() + 1);
        assertThat(after.remoteClassrooms()).isEqualTo(before.remoteClassrooms() + 1);
        assertThat(after.studentPairs()).isEqualTo(before.studentPairs() + 38);
    }

    @Test
    void aStudiosFileNamingAnUnknownSchoolIsRefusedNamingTheColumn() {
        ImportReport report = csv(ImportType.STUDIOS, "name,kind,level,school_code,leader,moved_down,programme_id,set_up_on\n"
                + "数学名师工作室,famous_teacher,county," + helped + ",名师甲,是,,2025-03-01\n"
                + "语文名师工作室,famous_teacher,county,2999999999,名师乙,否,,2025-03-01\n");
        assertThat(report.stored()).isFalse();
        assertThat(report.errors()).extracting(ImportError::row, ImportError::column).containsExactly(tuple(3, "school_code"));
    }
}
