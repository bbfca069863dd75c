package org.junheng.assessment;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junheng.DemoImport;
import org.junheng.IntegrationTest;
import org.junheng.Publications;
import org.junheng.importing.ImportProgress;
import org.junheng.importing.ImportType;
import org.junheng.importing.Importer;
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

/** A province's profile, set by its administrator through the API, changes that province's kept results only. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvinceProfilesIT {

    private static final String DEMO_COUNTY = "990121";
    /** The same schools as a county of another province (98). */
    private static final String OTHER_COUNTY = "980121";

    @Autowired
    Importer importer;

    @Autowired
    AssessmentService assessments;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProvinceProfiles profiles;

    @LocalServerPort
    int port;

    @BeforeAll
    void aCountyInEachOfTwoProvinces(@TempDir Path demo) throws Exception {
        DemoImport.importDemo(importer, demo, 1, ImportType.REGIONS, ImportType.SCHOOL_STATS);
        String copy = Files.readAllLines(demo.resolve("school-stats.csv"), UTF_8).stream()
                .map(line -> line.replace(",99012", ",98012").replace(",299012", ",298012"))
                .collect(Collectors.joining("\n"));
        var report = importer.importFile(ImportType.SCHOOL_STATS, new ByteArrayInputStream(copy.getBytes(UTF_8)),
                "other-province.csv", Locale.ENGLISH, ImportProgress.NONE);
        assertThat(report.stored()).as("%s", report.errors()).isTrue();
        Publications.awaitSettled(jdbc);
    }

    /** The context is shared with other tests: both provinces go back to the national profile. */
    @org.junit.jupiter.api.AfterAll
    void backOnTheNationalProfile() {
        profiles.reset("990000");
        profiles.reset("980000");
    }

    private RestTestClient admin() {
        return RestTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth("admin", IntegrationTest.ADMIN_PASSWORD)).build();
    }

    private List<Object> keptLimits(String county) {
        return jdbc.queryForList("SELECT DISTINCT cv_limit FROM assessment_indicator WHERE county_code = ? "
                + "AND method = 'quality-2017' AND stage = 'primary'", Object.class, county);
    }

    @Test
    void aProvincesProfileChangedByItsAdministratorChangesItsKeptResultsAndTrendOnly() {
        assertThat(keptLimits(DEMO_COUNTY)).singleElement().satisfies(l -> assertThat(l.toString()).isEqualTo("0.50"));
        List<Object> otherBefore = keptLimits(OTHER_COUNTY);
        long auditBefore = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event", Long.class);

        admin().put().uri("/api/v1/profiles/990000").contentType(MediaType.parseMediaType("application/yaml"))
                .body("profile: 示范省\nlimits: {primary: 0.05}\n".getBytes(UTF_8)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.name").isEqualTo("示范省")
                .jsonPath("$.settings['limits.primary'].source").isEqualTo("示范省");

        assertThat(keptLimits(DEMO_COUNTY)).singleElement().satisfies(l -> assertThat(l.toString()).isEqualTo("0.05"));
        assertThat(keptLimits(OTHER_COUNTY)).isEqualTo(otherBefore);
        assertThat(assessments.trend(DEMO_COUNTY, AssessmentMethod.QUALITY_2017))
                .filteredOn(p -> p.stage() == org.junheng.registry.Stage.PRIMARY)
                .allSatisfy(p -> assertThat(p.cvLimit()).isEqualByComparingTo("0.05"));
        assertThat(assessments.assess(DEMO_COUNTY, 2025, AssessmentMethod.QUALITY_2017, null).counties().get(0)
                .stages().get(0).indicators()).allSatisfy(i -> assertThat(i.cvLimit()).isEqualByComparingTo("0.05"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event", Long.class)).isEqualTo(auditBefore + 1);
        assertThat(jdbc.queryForObject("SELECT region_code FROM audit_event WHERE entity = 'profile' "
                + "ORDER BY id DESC FETCH FIRST 1 ROWS ONLY", String.class)).isEqualTo("990000");
    }

    @Test
    void aProfileWithAMistakeIsRefusedNamingTheKeyAndChangesNothing() {
        List<Object> before = keptLimits(OTHER_COUNTY);

        admin().put().uri("/api/v1/profiles/980000").contentType(MediaType.TEXT_PLAIN)
                .body("profile: 另一省\nlimits: {junior: -1}\n".getBytes(UTF_8)).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("limits.junior");

        assertThat(keptLimits(OTHER_COUNTY)).isEqualTo(before);
        admin().get().uri("/api/v1/profiles/980000").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.name").isEqualTo("national");
    }

    @Test
    void aProfileSetByAnotherServerOnTheSameDatabaseIsUsedByTheNextAssessmentHere() {
        assertThat(assessments.assess(OTHER_COUNTY, 2025, AssessmentMethod.QUALITY_2017, null).counties().get(0)
                .profile()).isEqualTo(Profile.NATIONAL);

        // what another server's PUT leaves in the shared database
        jdbc.update("INSERT INTO province_profile (province_code, profile_text, set_by, set_at) VALUES (?, ?, ?, ?)",
                "980000", "profile: 另一省\nlimits: {junior: 0.40}\n", "admin",
                java.sql.Timestamp.from(java.time.Instant.now()));
        var after = assessments.assess(OTHER_COUNTY, 2025, AssessmentMethod.QUALITY_2017, null).counties().get(0);
        jdbc.update("UPDATE province_profile SET profile_text = ? WHERE province_code = ?",
                "profile: 另一省\nlimits: {junior: 0.30}\n", "980000");
        var changedAgain = assessments.assess(OTHER_COUNTY, 2025, AssessmentMethod.QUALITY_2017, null).counties().get(0);
        jdbc.update("DELETE FROM province_profile WHERE province_code = ?", "980000");

        assertThat(after.profile()).isEqualTo("另一省");
        assertThat(after.stages()).filteredOn(s -> s.stage() == org.junheng.registry.Stage.JUNIOR)
                .flatMap(StageAssessment::indicators).allSatisfy(i -> assertThat(i.cvLimit()).isEqualByComparingTo("0.40"));
        assertThat(changedAgain.stages()).filteredOn(s -> s.stage() == org.junheng.registry.Stage.JUNIOR)
                .flatMap(StageAssessment::indicators).allSatisfy(i -> assertThat(i.cvLimit()).isEqualByComparingTo("0.30"));
        assertThat(assessments.assess(OTHER_COUNTY, 2025, AssessmentMethod.QUALITY_2017, null).counties().get(0)
                .profile()).isEqualTo(Profile.NATIONAL);
    }
}
