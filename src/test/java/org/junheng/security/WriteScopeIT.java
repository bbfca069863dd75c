package org.junheng.security;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junheng.DemoImport;
import org.junheng.IntegrationTest;
import org.junheng.assistance.Activity;
import org.junheng.assistance.ActivityKind;
import org.junheng.assistance.Assistance;
import org.junheng.assistance.Placement;
import org.junheng.assistance.PlacementKind;
import org.junheng.assistance.Programme;
import org.junheng.assistance.ProgrammeKind;
import org.junheng.assistance.SchoolRole;
import org.junheng.importing.ImportType;
import org.junheng.importing.Importer;
import org.junheng.registry.Registry;
import org.junheng.registry.School;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junheng.Uploads.upload;

/**
 * The write holes found by probing a running instance, each tried again and refused, with nothing
 * changed and nothing of the other county shown.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WriteScopeIT {

    private static final String A = "990121";
    private static final String B = "990122";
    private static final String PROVINCE = "990000";
    private static final String PASSWORD = "write-scope-pass-2026";

    @Autowired
    Importer importer;

    @Autowired
    Registry registry;

    @Autowired
    Assistance assistance;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    Path demo;
    School schoolOfA;
    School helperOfA;
    School schoolOfB;
    School helperOfB;
    Programme provinceProgramme;

    @BeforeAll
    void twoCountiesAProvinceProgrammeAndTheirOfficers(@TempDir Path directory) throws Exception {
        demo = directory;
        DemoImport.importDemo(importer, demo, 2, ImportType.REGIONS, ImportType.SCHOOL_STATS, ImportType.TEACHERS);
        schoolOfA = school(A, "primary");
        helperOfA = school(A, "junior");
        schoolOfB = school(B, "primary");
        helperOfB = school(B, "junior");
        provinceProgramme = assistance.createProgramme(new Programme(0, ProgrammeKind.GROUP, "省级1+1+N帮扶", PROVINCE, null,
                LocalDate.of(2025, 9, 1), null, null, null, List.of(
                new Programme.Participant(helperOfA.code(), SchoolRole.HELPER),
                new Programme.Participant(schoolOfA.code(), SchoolRole.HELPED),
                new Programme.Participant(schoolOfB.code(), SchoolRole.HELPED)), 0));
        user("w-county", Map.of("role", "county_officer", "region", A));
        user("w-province", Map.of("role", "province_officer", "region", PROVINCE));
        user("w-school", Map.of("role", "school_admin", "school", schoolOfA.code()));
    }

    private School school(String county, String type) {
        return registry.schoolYears(county, 2025).stream().map(sy -> sy.school())
                .filter(s -> s.type().key().equals(type)).findFirst().orElseThrow();
    }

    private void user(String username, Map<String, String> fields) {
        Map<String, String> body = new HashMap<>(fields);
        body.put("username", username);
        body.put("password", PASSWORD);
        as("admin").post().uri("/api/v1/users").contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isCreated();
    }

    private RestTestClient as(String user) {
        String password = user.equals("admin") ? IntegrationTest.ADMIN_PASSWORD : PASSWORD;
        return RestTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth(user, password)).build();
    }

    /** The school's 2025 row of the demo file, under county A's code and name. */
    private String[] statisticsRowUnderA(School school) throws IOException {
        String row = Files.readAllLines(demo.resolve("school-stats.csv"), UTF_8).stream()
                .filter(line -> line.startsWith("2025,") && line.contains("," + school.code() + ",")).findFirst().orElseThrow();
        String[] cells = row.split(",", -1);
        cells[1] = A;
        cells[2] = registry.findRegion(A).orElseThrow().name();
        return cells;
    }

    private String statisticsFile(String[] cells) throws IOException {
        return Files.readAllLines(demo.resolve("school-stats.csv"), UTF_8).get(0) + "\n" + String.join(",", cells) + "\n";
    }

    private long refusalsIn(String county) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'refused' AND region_code = ?", Long.class,
                county);
    }

    @Test
    void aStatisticsRowCannotTakeASchoolOfAnotherCountyAndBothCountiesSeeTheAttempt() throws Exception {
        String[] cells = statisticsRowUnderA(helperOfB);
        cells[4] = "被改名的学校";
        long teachersBefore = registry.findTeachers(helperOfB.code(), null, 0, 1).totalElements();
        long refusedA = refusalsIn(A);
        long refusedB = refusalsIn(B);

        String answer = new String(as("w-county").post().uri("/api/v1/imports").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(upload("school-stats", "takeover.csv", statisticsFile(cells))).exchange()
                .expectStatus().isEqualTo(422).expectBody().returnResult().getResponseBody(), UTF_8);

        School after = registry.findSchool(helperOfB.code()).orElseThrow();
        assertThat(after.countyCode()).isEqualTo(B);
        assertThat(after.name()).isEqualTo(helperOfB.name());
        assertThat(registry.findTeachers(helperOfB.code(), null, 0, 1).totalElements()).isEqualTo(teachersBefore);
        assertThat(answer).doesNotContain(helperOfB.name()).contains("scope.school").doesNotContain("registered_elsewhere");
        assertThat(refusalsIn(A)).isEqualTo(refusedA + 1);
        assertThat(refusalsIn(B)).isEqualTo(refusedB + 1);
        as("w-county").get().uri("/api/v1/schools/" + helperOfB.code()).exchange().expectStatus().isNotFound();
        as("w-county").get().uri("/api/v1/teachers?school=" + helperOfB.code()).exchange().expectStatus().isNotFound();
    }

    @Test
    void aProvinceOfficerWhoSeesBothCountiesIsToldTheSchoolIsRegisteredElsewhere() throws Exception {
        String[] cells = statisticsRowUnderA(schoolOfB);

        as("w-province").post().uri("/api/v1/imports").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(upload("school-stats", "move.csv", statisticsFile(cells))).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].code").isEqualTo("school.registered_elsewhere")
                .jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains(B).contains(A));
        assertThat(registry.findSchool(schoolOfB.code()).orElseThrow().countyCode()).isEqualTo(B);
    }

    @Test
    void aTeacherRowCannotTakeATeacherFromASchoolOfAnotherCounty() {
        String teacherOfB = jdbc.queryForObject("SELECT MIN(teacher_id) FROM teacher WHERE school_code = ?", String.class,
                schoolOfB.code());
        String csv = "teacher_id,school_code,stage,subject,gender,birth_year,education,title,backbone_level,"
                + "special_grade,subject_leader,years_at_school,rural_years,seeking_senior_title,exempt\n"
                + teacherOfB + "," + schoolOfA.code() + ",primary,math,female,1988,bachelor,first,none,否,否,3,3,否,否\n";

        as("w-county").post().uri("/api/v1/imports").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(upload("teachers", "teachers.csv", csv)).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].code").isEqualTo("teacher.registered_elsewhere");
        assertThat(jdbc.queryForObject("SELECT school_code FROM teacher WHERE teacher_id = ?", String.class, teacherOfB))
                .isEqualTo(schoolOfB.code());
    }

    @Test
    void aCountyOfficerCannotMakeAProgrammeOfAnotherCountysSchools() {
        long programmesBefore = jdbc.queryForObject("SELECT COUNT(*) FROM programme", Long.class);

        String answer = new String(as("w-county").post().uri("/api/v1/programmes").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("kind", "pairing", "name", "跨县结对", "ownerRegion", A, "startDate", "2025-09-01", "schools", List.of(
                        Map.of("schoolCode", helperOfA.code(), "role", "helper"),
                        Map.of("schoolCode", schoolOfB.code(), "role", "helped")))).exchange()
                .expectStatus().isBadRequest().expectBody().returnResult().getResponseBody(), UTF_8);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM programme", Long.class)).isEqualTo(programmesBefore);
        assertThat(answer).contains("schools").doesNotContain(schoolOfB.name());
    }

    @Test
    void aCountyOfficerCannotRecordActivitiesOrHonoursAtAnotherCountysSchoolInAProvinceProgramme() {
        String summaryOfB = new String(as("admin").get().uri("/api/v1/summary?region=" + B).exchange()
                .expectBody().returnResult().getResponseBody(), UTF_8);

        as("w-county").post().uri("/api/v1/activities").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("programmeId", provinceProgramme.id(), "kind", "demonstration_lesson", "heldOn", "2025-11-12",
                        "schoolCode", schoolOfB.code(), "experts", 2, "teachersReached", 300, "studentsReached", 45, "hours", 3))
                .exchange().expectStatus().isForbidden();
        as("w-county").post().uri("/api/v1/outcomes").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("programmeId", provinceProgramme.id(), "kind", "honour", "level", "national", "title", "全国先进",
                        "schoolCode", schoolOfB.code(), "achievedOn", "2026-01-10"))
                .exchange().expectStatus().isForbidden();

        assertThat(new String(as("admin").get().uri("/api/v1/summary?region=" + B).exchange()
                .expectBody().returnResult().getResponseBody(), UTF_8)).isEqualTo(summaryOfB);
        as("w-county").post().uri("/api/v1/activities").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("programmeId", provinceProgramme.id(), "kind", "demonstration_lesson", "heldOn", "2025-11-12",
                        "schoolCode", schoolOfA.code(), "experts", 2, "teachersReached", 30, "studentsReached", 45, "hours", 3))
                .exchange().expectStatus().isCreated();
    }

    @Test
    void aCountyOfficerWhoPutsAProvinceProgrammeUnchangedDoesNotBecomeItsOwner() {
        Programme before = assistance.programme(provinceProgramme.id()).orElseThrow();

        as("w-county").put().uri("/api/v1/programmes/" + before.id()).contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"" + before.version() + "\"")
                .body(Map.of("name", before.name(), "ownerRegion", PROVINCE, "startDate", "2025-09-01", "schools",
                        before.schools().stream().map(p -> Map.of("schoolCode", p.schoolCode(), "role", p.role().key())).toList()))
                .exchange().expectStatus().isForbidden();
        as("w-county").put().uri("/api/v1/programmes/" + before.id()).contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"" + before.version() + "\"")
                .body(Map.of("name", before.name(), "startDate", "2025-09-01", "schools",
                        before.schools().stream().map(p -> Map.of("schoolCode", p.schoolCode(), "role", p.role().key())).toList()))
                .exchange().expectStatus().isForbidden();

        Programme after = assistance.programme(before.id()).orElseThrow();
        assertThat(after.ownerRegion()).isEqualTo(PROVINCE);
        assertThat(after.version()).isEqualTo(before.version());
    }

    @Test
    void ownershipChangesOnlyByATransferOfSomeoneWhoOwnsBoth() {
        Programme pairing = assistance.createProgramme(new Programme(0, ProgrammeKind.PAIRING, "县内结对", A, null,
                LocalDate.of(2025, 9, 1), null, null, null, List.of(new Programme.Participant(helperOfA.code(), SchoolRole.HELPER),
                new Programme.Participant(schoolOfA.code(), SchoolRole.HELPED)), 0));

        as("w-county").put().uri("/api/v1/programmes/" + pairing.id()).contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"" + pairing.version() + "\"")
                .body(Map.of("name", pairing.name(), "ownerRegion", PROVINCE, "startDate", "2025-09-01", "schools", List.of(
                        Map.of("schoolCode", helperOfA.code(), "role", "helper"),
                        Map.of("schoolCode", schoolOfA.code(), "role", "helped"))))
                .exchange().expectStatus().isBadRequest();
        as("w-province").post().uri("/api/v1/programmes/" + pairing.id() + "/owner").contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"" + pairing.version() + "\"").body(Map.of("ownerRegion", PROVINCE))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.ownerRegion").isEqualTo(PROVINCE);

        assertThat(jdbc.queryForList("SELECT region_code FROM audit_event WHERE action = 'transfer' AND entity_id = ?",
                String.class, String.valueOf(pairing.id()))).containsExactlyInAnyOrder(A, PROVINCE);
    }

    @Test
    void aSchoolAdminChangesOnlyRecordsOfTheirOwnSchool() {
        Activity atB = assistance.record(new Activity(0, provinceProgramme.id(), ActivityKind.LECTURE, LocalDate.of(2025, 10, 9),
                schoolOfB.code(), null, null, null, 1, 20, 0, BigDecimal.ONE, null, null, null, 0));
        Placement toB = assistance.place(new Placement(0, provinceProgramme.id(), PlacementKind.SUPPORT_TEACHING, "支教教师",
                helperOfA.code(), schoolOfB.code(), LocalDate.of(2025, 9, 1), LocalDate.of(2026, 1, 20), 1, 0));

        as("w-school").put().uri("/api/v1/activities/" + atB.id()).contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"" + atB.version() + "\"")
                .body(Map.of("kind", "lecture", "heldOn", "2025-10-09", "schoolCode", schoolOfB.code(), "experts", 9,
                        "teachersReached", 999, "studentsReached", 0, "hours", 2)).exchange().expectStatus().isForbidden();
        as("w-school").put().uri("/api/v1/placements/" + toB.id()).contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"" + toB.version() + "\"")
                .body(Map.of("kind", "support_teaching", "person", "改过的人", "fromSchool", helperOfA.code(),
                        "toSchool", schoolOfB.code(), "startDate", "2025-09-01", "endDate", "2026-01-31", "batch", 1))
                .exchange().expectStatus().isForbidden();
        // nor can it move a record of its own school to another school
        Activity own = assistance.record(new Activity(0, provinceProgramme.id(), ActivityKind.LECTURE, LocalDate.of(2025, 10, 9),
                schoolOfA.code(), null, null, null, 1, 20, 0, BigDecimal.ONE, null, null, null, 0));
        as("w-school").put().uri("/api/v1/activities/" + own.id()).contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"" + own.version() + "\"")
                .body(Map.of("kind", "lecture", "heldOn", "2025-10-09", "schoolCode", schoolOfB.code(), "experts", 1,
                        "teachersReached", 20, "studentsReached", 0, "hours", 1)).exchange().expectStatus().isForbidden();

        assertThat(assistance.activity(atB.id()).orElseThrow()).isEqualTo(atB);
        assertThat(assistance.placement(toB.id()).orElseThrow()).isEqualTo(toB);
        assertThat(assistance.activity(own.id()).orElseThrow()).isEqualTo(own);
    }

    @Test
    void aSchoolIsMovedOnlyByAnAdministratorOverBothCountiesAndBothTrailsShowIt() {
        School spare = registry.schoolYears(A, 2025).stream().map(sy -> sy.school())
                .filter(s -> s.type().key().equals("primary")).skip(4).findFirst().orElseThrow();

        as("w-county").post().uri("/api/v1/schools/" + spare.code() + "/county").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("county", B)).exchange().expectStatus().isForbidden();
        as("w-province").post().uri("/api/v1/schools/" + spare.code() + "/county").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("county", B)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.school.countyCode").isEqualTo(B);

        assertThat(jdbc.queryForList("SELECT region_code FROM audit_event WHERE action = 'move' AND entity_id = ?",
                String.class, spare.code())).containsExactlyInAnyOrder(A, B);
    }
}
