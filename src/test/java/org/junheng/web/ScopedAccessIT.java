package org.junheng.web;

import java.nio.file.Path;
import java.util.Map;

import org.junheng.DemoImport;
import org.junheng.IntegrationTest;
import org.junheng.importing.ImportType;
import org.junheng.importing.Importer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junheng.Uploads.upload;

/** Who sees what: county A's officer never sees county B, a school admin only their school, an inspector only reads. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopedAccessIT {

    private static final String A = "990121";
    private static final String B = "990122";
    private static final String PASSWORD = "scoped-pass-2025";

    @Autowired
    Importer importer;

    @LocalServerPort
    int port;

    String schoolOfA;
    String schoolOfB;

    @BeforeAll
    void importTwoCountiesAndCreateUsers(@TempDir Path demo) throws Exception {
        DemoImport.importDemo(importer, demo, 2, ImportType.REGIONS, ImportType.SCHOOL_STATS, ImportType.TEACHERS);
        schoolOfA = firstSchool(A);
        schoolOfB = firstSchool(B);
        createUser("officer-a", "county_officer", A, null);
        createUser("officer-b", "county_officer", B, null);
        createUser("inspector-p", "inspector", "990000", null);
        createUser("head-a", "school_admin", null, schoolOfA);
        createUser("teacher-a", "teacher", null, schoolOfA);
    }

    private RestTestClient as(String user, String password) {
        return RestTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth(user, password)).build();
    }

    private RestTestClient admin() {
        return as("admin", IntegrationTest.ADMIN_PASSWORD);
    }

    private RestTestClient as(String user) {
        return as(user, PASSWORD);
    }

    private JsonNode json(RestTestClient client, String uri) {
        byte[] body = client.get().uri(uri).exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody();
        return JsonMapper.builder().build().readTree(body);
    }

    private String firstSchool(String county) {
        return json(admin(), "/api/v1/schools?county=" + county + "&type=primary&size=1").get("content").get(0)
                .get("code").asString();
    }

    private void createUser(String username, String role, String region, String school) {
        Map<String, String> body = new java.util.HashMap<>(Map.of("username", username, "password", PASSWORD, "role", role));
        if (region != null) {
            body.put("region", region);
        }
        if (school != null) {
            body.put("school", school);
        }
        admin().post().uri("/api/v1/users").contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isCreated();
    }

    @Test
    void aCountyOfficerGets404ForTheSchoolsTeachersAndAssessmentOfAnotherCounty() {
        RestTestClient officerA = as("officer-a");

        officerA.get().uri("/api/v1/schools/" + schoolOfB).exchange().expectStatus().isNotFound();
        officerA.get().uri("/api/v1/teachers?school=" + schoolOfB).exchange().expectStatus().isNotFound();
        officerA.get().uri("/api/v1/assessments?county=" + B).exchange().expectStatus().isNotFound();
        officerA.get().uri("/api/v1/assessments/trend?county=" + B).exchange().expectStatus().isNotFound();
        officerA.get().uri("/api/v1/schools?county=" + B).exchange().expectStatus().isNotFound();
        officerA.get().uri("/api/v1/county-facts?county=" + B + "&year=2025").exchange().expectStatus().isNotFound();
        officerA.get().uri("/api/v1/schools/" + schoolOfA).exchange().expectStatus().isOk();
    }

    @Test
    void noneOfAnotherCountysRowsAppearInACountyOfficersLists() {
        RestTestClient officerA = as("officer-a");

        JsonNode schools = json(officerA, "/api/v1/schools?size=500");
        assertThat(schools.get("totalElements").asInt()).isEqualTo(json(admin(), "/api/v1/schools?county=" + A + "&size=1")
                .get("totalElements").asInt());
        schools.get("content").forEach(s -> assertThat(s.get("countyCode").asString()).isEqualTo(A));
        json(officerA, "/api/v1/teachers?size=500").get("content")
                .forEach(t -> assertThat(t.get("schoolCode").asString()).startsWith("2" + A));
        JsonNode assessment = json(officerA, "/api/v1/assessments?year=2025");
        assertThat(assessment.get("counties")).hasSize(1);
        assertThat(assessment.get("counties").get(0).get("countyCode").asString()).isEqualTo(A);
        assessment.get("schools").forEach(s -> assertThat(s.get("countyCode").asString()).isEqualTo(A));
        String tree = json(officerA, "/api/v1/regions").toString();
        assertThat(tree).contains(A).doesNotContain(B);
    }

    @Test
    void aSchoolAdminSeesOnlyTheirSchool() {
        RestTestClient head = as("head-a");

        JsonNode schools = json(head, "/api/v1/schools");
        assertThat(schools.get("totalElements").asInt()).isEqualTo(1);
        assertThat(schools.get("content").get(0).get("code").asString()).isEqualTo(schoolOfA);
        String otherSchoolOfA = json(admin(), "/api/v1/schools?county=" + A + "&type=junior&size=1").get("content").get(0)
                .get("code").asString();
        head.get().uri("/api/v1/schools/" + otherSchoolOfA).exchange().expectStatus().isNotFound();
        json(head, "/api/v1/teachers?size=500").get("content")
                .forEach(t -> assertThat(t.get("schoolCode").asString()).isEqualTo(schoolOfA));
        JsonNode assessment = json(head, "/api/v1/assessments?year=2025");
        assessment.get("schools").forEach(s -> assertThat(s.get("schoolCode").asString()).isEqualTo(schoolOfA));
        assessment.get("counties").get(0).get("guarantee").get("items").forEach(item -> {
            item.get("schools").forEach(code -> assertThat(code.asString()).isEqualTo(schoolOfA));
            item.get("shortfalls").forEach(f -> assertThat(f.get("schoolCode").asString()).isEqualTo(schoolOfA));
        });
        assessment.get("counties").get(0).get("stages").forEach(stage -> stage.get("proposals").forEach(p ->
                p.get("additions").forEach(a -> assertThat(a.get("schoolCode").asString()).isEqualTo(schoolOfA))));
    }

    @Test
    void anInspectorReadsWithinScopeButCannotWrite() {
        RestTestClient inspector = as("inspector-p");

        assertThat(json(inspector, "/api/v1/schools?county=" + B + "&size=1").get("totalElements").asInt()).isPositive();
        inspector.post().uri("/api/v1/imports").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(upload("school-stats", "school-stats.csv", "year,county_code\n")).exchange().expectStatus().isForbidden();
        inspector.get().uri("/api/v1/users").exchange().expectStatus().isForbidden();
    }

    @Test
    void aCountyOfficersImportOfAnotherCountysRowsIsRejected() {
        String teachers = "teacher_id,school_code,stage,subject,gender,birth_year,education,title,backbone_level,"
                + "special_grade,subject_leader,years_at_school,rural_years,seeking_senior_title,exempt\n"
                + "X-1," + schoolOfB + ",primary,math,female,1988,bachelor,first,none,否,否,3,3,否,否\n";

        as("officer-a").post().uri("/api/v1/imports").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(upload("teachers", "teachers.csv", teachers)).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].code").isEqualTo("school.unknown");
    }

    @Test
    void aTeacherHasNoAccessToRegistryData() {
        as("teacher-a").get().uri("/api/v1/schools").exchange().expectStatus().isForbidden();
    }

    @Test
    void onlyASystemAdminManagesUsersAndPasswordsFollowThePolicy() {
        as("officer-a").get().uri("/api/v1/users").exchange().expectStatus().isForbidden();
        admin().post().uri("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", "weak", "password", "short1", "role", "county_officer", "region", A))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("password");
        admin().post().uri("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", "misfit", "password", PASSWORD, "role", "county_officer", "region", "990000"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("region");
        admin().post().uri("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", "nowhere", "password", PASSWORD, "role", "county_officer", "region", "990999"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("region");
    }

    @Test
    void anAdministratorCannotDisableTheirOwnAccount() {
        admin().post().uri("/api/v1/users/admin/disable").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("username");
        admin().get().uri("/api/v1/users/admin").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.enabled").isEqualTo(true);
    }

    @Test
    void aDisabledUserCannotSignIn() {
        createUser("leaver", "county_officer", A, null);
        admin().post().uri("/api/v1/users/leaver/disable").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.enabled").isEqualTo(false);

        as("leaver").get().uri("/api/v1/schools").exchange().expectStatus().isUnauthorized();
    }

}
