package org.junheng.assistance;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junheng.DemoImport;
import org.junheng.IntegrationTest;
import org.junheng.assessment.AssessmentMethod;
import org.junheng.assessment.AssessmentService;
import org.junheng.assessment.ItemAssessment;
import org.junheng.assessment.StageWeights;
import org.junheng.importing.ImportError;
import org.junheng.importing.ImportProgress;
import org.junheng.importing.ImportReport;
import org.junheng.importing.ImportType;
import org.junheng.importing.Importer;
import org.junheng.registry.LocationClass;
import org.junheng.registry.Registry;
import org.junheng.registry.School;
import org.junheng.registry.SchoolQuery;
import org.junheng.registry.Stage;
import org.junheng.registry.Teacher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records that accumulate per teacher: training hours decide guarantee item 9, rural placements count
 * toward the rural service a senior title needs, and bad records are refused naming the field.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeacherDevelopmentIT {

    private static final String ALL_TRAINED = "990121";
    private static final String ONE_SHORT = "990122";
    private static final int YEAR = 2025;

    @Autowired
    Importer importer;

    @Autowired
    AssessmentService assessments;

    @Autowired
    Registry registry;

    @Autowired
    Assistance assistance;

    @Autowired
    TeacherDevelopment development;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    RestTestClient admin;

    @BeforeAll
    void importTwoCountiesWithTheirTeachers(@TempDir Path demo) throws Exception {
        DemoImport.importDemo(importer, demo, 2, ImportType.REGIONS, ImportType.SCHOOL_STATS, ImportType.TEACHERS);
    }

    @BeforeEach
    void connect() {
        admin = RestTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth("admin", IntegrationTest.ADMIN_PASSWORD)).build();
    }

    /** The roster of a county, read page by page. */
    private List<Teacher> roster(String county) {
        List<Teacher> roster = new ArrayList<>();
        for (int page = 0; ; page++) {
            var teachers = registry.findTeachers(null, county, page, 500);
            roster.addAll(teachers.content());
            if (page + 1 >= teachers.totalPages()) {
                return roster;
            }
        }
    }

    private ImportReport importTraining(String csv) {
        return importer.importFile(ImportType.TRAINING, new ByteArrayInputStream(csv.getBytes(UTF_8)), "training.csv",
                Locale.ENGLISH, ImportProgress.NONE);
    }

    private ItemAssessment item9(String county) {
        return assessments.assess(county, YEAR, AssessmentMethod.QUALITY_2017, StageWeights.EQUAL).counties().get(0)
                .guarantee().items().stream().filter(i -> i.number() == 9).findFirst().orElseThrow();
    }

    @Test
    void item9IsDecidedFromTrainingRecordsOneCountyAt100PercentOneBelow() {
        List<Teacher> trained = roster(ALL_TRAINED).stream().filter(t -> t.stage() != Stage.SENIOR).toList();
        List<Teacher> other = roster(ONE_SHORT).stream().filter(t -> t.stage() != Stage.SENIOR).toList();
        assertThat(trained).hasSizeGreaterThan(1000);
        StringBuilder csv = new StringBuilder("teacher_id,course,provider,hours,completed_on\n");
        // 200 + 160 hours within 2021–2025 make 360; hours of 2020 lie before the five years
        for (Teacher t : trained) {
            csv.append(t.teacherId()).append(",国培计划,省教师发展学院,200,2021-07-20\n");
            csv.append(t.teacherId()).append(",新课标专题,县进修学校,160,2025-03-10\n");
        }
        Teacher short1 = other.get(0);
        for (Teacher t : other) {
            csv.append(t.teacherId()).append(",国培计划,,360,2023-07-20\n");
        }
        csv.append(short1.teacherId()).append(",旧课程,,400,2020-12-31\n");
        ImportReport report = importTraining(csv.toString().replace(short1.teacherId() + ",国培计划,,360,",
                short1.teacherId() + ",国培计划,,359.5,"));
        assertThat(report.stored()).as("%s", report.errors()).isTrue();

        ItemAssessment full = item9(ALL_TRAINED);
        assertThat(full.facts()).containsEntry("teacher_training_rate", new BigDecimal("100.0000"));
        assertThat(full.pass()).isTrue();

        ItemAssessment below = item9(ONE_SHORT);
        BigDecimal expected = BigDecimal.valueOf((other.size() - 1) * 100L).divide(BigDecimal.valueOf(other.size()), 4,
                RoundingMode.DOWN);
        assertThat(below.facts()).containsEntry("teacher_training_rate", expected);
        assertThat(expected).isLessThan(new BigDecimal("100")).isGreaterThan(new BigDecimal("99.9"));
        assertThat(below.pass()).isFalse();
    }

    @Test
    void aTrainingFileWithNegativeHoursIsRefusedNamingTheColumnAndStoresNothing() {
        String teacher = roster(ALL_TRAINED).get(0).teacherId();
        Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM training_record", Integer.class);
        ImportReport report = importTraining("teacher_id,course,provider,hours,completed_on\n"
                + teacher + ",校本研修,,24,2025-05-01\n" + teacher + ",校本研修,,-8,2025-06-01\n");
        assertThat(report.stored()).isFalse();
        assertThat(report.errors()).extracting(ImportError::row, ImportError::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "hours"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM training_record", Integer.class)).isEqualTo(before);
    }

    @Test
    void theSeniorTitleRuleFlagsATeacherWithHalfAYearOfRuralService() {
        List<School> schools = registry.findSchools(new SchoolQuery(ALL_TRAINED, null, null), 0, 500).content();
        Map<String, School> byCode = new HashMap<>();
        schools.forEach(s -> byCode.put(s.code(), s));
        List<Teacher> seeking = roster(ALL_TRAINED).stream().filter(t -> t.seekingSeniorTitle() && t.ruralYears() == 0
                && byCode.get(t.schoolCode()).location() == LocationClass.URBAN).toList();
        assertThat(seeking).hasSizeGreaterThan(2);
        Teacher halfYear = seeking.get(0);
        Teacher fullYear = seeking.get(1);
        School rural = schools.stream().filter(s -> s.location() == LocationClass.RURAL).findFirst().orElseThrow();
        Programme pairing = assistance.createProgramme(new Programme(0, ProgrammeKind.PAIRING, "城区教师农村支教", ALL_TRAINED,
                null, LocalDate.of(2024, 9, 1), null, null, null, List.of(
                        new Programme.Participant(halfYear.schoolCode(), SchoolRole.HELPER),
                        new Programme.Participant(rural.code(), SchoolRole.HELPED)), 0));
        // 1 March to 31 August: 184 days, half a year; 1 September to 31 August: 365 days, a year
        assistance.place(new Placement(0, pairing.id(), PlacementKind.SUPPORT_TEACHING, halfYear.teacherId(),
                halfYear.schoolCode(), rural.code(), LocalDate.of(2025, 3, 1), LocalDate.of(2025, 8, 31), 1, 0));
        assistance.place(new Placement(0, pairing.id(), PlacementKind.SUPPORT_TEACHING, fullYear.teacherId(),
                fullYear.schoolCode(), rural.code(), LocalDate.of(2024, 9, 1), LocalDate.of(2025, 8, 31), 1, 0));

        Map<String, SeniorTitleCheck> checks = new HashMap<>();
        development.seniorTitleChecks(ALL_TRAINED, LocalDate.of(2025, 9, 1)).forEach(c -> checks.put(c.teacherId(), c));

        assertThat(checks.get(halfYear.teacherId()).ruralYears()).isEqualByComparingTo("0.5");
        assertThat(checks.get(halfYear.teacherId()).meetsRule()).isFalse();
        assertThat(checks.get(fullYear.teacherId()).ruralYears()).isEqualByComparingTo("1.0");
        assertThat(checks.get(fullYear.teacherId()).meetsRule()).isTrue();
        assertThat(checks.get(seeking.get(2).teacherId()).meetsRule()).isFalse();
        // teachers of rural schools are not checked: their own service is rural
        assertThat(checks.values()).allSatisfy(c -> assertThat(byCode.get(c.schoolCode()).location())
                .isNotEqualTo(LocationClass.RURAL));
        assertThat(checks).hasSize((int) roster(ALL_TRAINED).stream().filter(t -> t.seekingSeniorTitle()
                && byCode.get(t.schoolCode()).location() != LocationClass.RURAL).count());
    }

    private JsonNode refused(String uri, Map<String, Object> body) {
        byte[] response = admin.post().uri(uri).contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isBadRequest().expectBody().returnResult().getResponseBody();
        return JsonMapper.builder().build().readTree(response);
    }

    private static String field(JsonNode problem) {
        return problem.get("errors").get(0).get("field").asString();
    }

    @Test
    void badRecordsAreRefusedNamingTheFieldAndNothingIsStored() {
        Teacher teacher = roster(ALL_TRAINED).get(0);
        int studios = jdbc.queryForObject("SELECT COUNT(*) FROM studio", Integer.class);
        int pairs = jdbc.queryForObject("SELECT COUNT(*) FROM mentor_pair", Integer.class);
        int training = jdbc.queryForObject("SELECT COUNT(*) FROM training_record", Integer.class);

        assertThat(field(refused("/api/v1/studios", Map.of("name", "数学名师工作室", "kind", "famous_teacher", "level", "county",
                "schoolCode", "2999999999", "movedDown", false, "setUpOn", "2025-03-01")))).isEqualTo("schoolCode");
        assertThat(field(refused("/api/v1/mentor-pairs", Map.of("mentor", teacher.teacherId(), "mentee", teacher.teacherId(),
                "pairedOn", "2025-09-01")))).isEqualTo("mentee");
        assertThat(field(refused("/api/v1/training-records", Map.of("teacherId", teacher.teacherId(), "course", "校本研修",
                "hours", -8, "completedOn", "2025-05-01")))).isEqualTo("hours");

        List<School> schools = registry.findSchools(new SchoolQuery(ALL_TRAINED, null, null), 0, 2).content();
        Programme pairing = assistance.createProgramme(new Programme(0, ProgrammeKind.PAIRING, "优质课结对", ALL_TRAINED, null,
                LocalDate.of(2025, 9, 1), null, null, null, List.of(new Programme.Participant(schools.get(0).code(),
                SchoolRole.HELPER), new Programme.Participant(schools.get(1).code(), SchoolRole.HELPED)), 0));
        String school = schools.get(1).code();
        int outcomes = assistance.outcomes(pairing.id()).size();
        assertThat(field(refused("/api/v1/outcomes", Map.of("programmeId", pairing.id(), "kind", "contest_award",
                "level", "province", "title", "省优质课评比", "schoolCode", school, "achievedOn", "2025-11-01", "rank", 4))))
                .isEqualTo("rank");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM studio", Integer.class)).isEqualTo(studios);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mentor_pair", Integer.class)).isEqualTo(pairs);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM training_record", Integer.class)).isEqualTo(training);
        assertThat(assistance.outcomes(pairing.id())).hasSize(outcomes);
    }

    @Test
    void teachersReachedAreCountedInPersonTimesAndDistinctTeachersOfTheRoster() {
        List<Teacher> roster = roster(ALL_TRAINED);
        List<School> schools = registry.findSchools(new SchoolQuery(ALL_TRAINED, null, null), 0, 2).content();
        Programme pairing = assistance.createProgramme(new Programme(0, ProgrammeKind.PAIRING, "送教下乡", ALL_TRAINED, null,
                LocalDate.of(2025, 9, 1), null, null, null, List.of(new Programme.Participant(schools.get(0).code(),
                SchoolRole.HELPER), new Programme.Participant(schools.get(1).code(), SchoolRole.HELPED)), 0));
        String a = roster.get(0).teacherId();
        String b = roster.get(1).teacherId();
        // two activities name teacher a twice, b once, and an expert who is not on the roster
        assistance.record(new Activity(0, pairing.id(), ActivityKind.LECTURE, LocalDate.of(2025, 10, 9), schools.get(1).code(),
                null, a + "、" + b + "、省专家甲", null, 1, 25, 0, BigDecimal.ONE, null, null, null, 0));
        assistance.record(new Activity(0, pairing.id(), ActivityKind.DEMONSTRATION_LESSON, LocalDate.of(2025, 11, 9),
                schools.get(1).code(), null, a + ", 省专家甲", null, 1, 30, 0, BigDecimal.ONE, null, null, null, 0));

        ProgrammeSummary summary = assistance.summary(pairing.id());

        assertThat(summary.teachersReached()).isEqualTo(25 + 30);
        assertThat(summary.distinctTeachersReached()).isEqualTo(2);
    }
}
