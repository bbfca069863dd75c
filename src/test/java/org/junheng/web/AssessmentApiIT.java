package org.junheng.web;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junheng.IntegrationTest;
import org.junheng.Publications;
import org.junheng.assessment.Assessment;
import org.junheng.assessment.AssessmentEngine;
import org.junheng.importing.DataGenerator;
import org.junheng.importing.ImportError;
import org.junheng.importing.ImportProgress;
import org.junheng.importing.ImportReport;
import org.junheng.importing.ImportType;
import org.junheng.importing.Importer;
import org.junheng.importing.SchoolStatsFile;
import org.junheng.reporting.AssessmentJson;
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

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessmentApiIT {

    @Autowired
    Importer importer;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    RestTestClient client;

    Assessment fromFile;

    @BeforeAll
    void importTwoDemoCounties(@TempDir Path demo) throws Exception {
        DataGenerator.generate(DataGenerator.Kind.DEMO, 2, 2025, true, demo, c -> { });
        Path file = demo.resolve("school-stats.csv");
        try (InputStream in = Files.newInputStream(file)) {
            assertThat(importer.importFile(ImportType.SCHOOL_STATS, in, "school-stats.csv", Locale.ENGLISH,
                    ImportProgress.NONE).stored()).isTrue();
        }
        Publications.awaitSettled(jdbc);
        try (InputStream in = Files.newInputStream(file)) {
            SchoolStatsFile read = Importer.readSchoolStats(in, "school-stats.csv", Locale.ENGLISH, ImportProgress.NONE);
            fromFile = new AssessmentEngine().assess(2025, read.rows(), read.countyNames());
        }
    }

    @BeforeEach
    void connect() {
        client = RestTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth("admin", IntegrationTest.ADMIN_PASSWORD)).build();
    }

    private JsonNode get(String uri) {
        byte[] body = client.get().uri(uri).exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody();
        return JsonMapper.builder().build().readTree(body);
    }

    @Test
    void theApiGivesTheSameNumbersAsTheCommandLineOnTheImportedFile() {
        JsonNode api = get("/api/v1/assessments?county=990000&year=2025");
        JsonNode cli = JsonMapper.builder().build().readTree(AssessmentJson.toJson(fromFile));

        assertThat(api.get("counties")).hasSize(2);
        for (int c = 0; c < 2; c++) {
            JsonNode apiCounty = api.get("counties").get(c);
            JsonNode cliCounty = cli.get("counties").get(c);
            assertThat(apiCounty.get("countyCode")).isEqualTo(cliCounty.get("countyCode"));
            assertThat(apiCounty.get("verdict")).isEqualTo(cliCounty.get("verdict"));
            for (int s = 0; s < cliCounty.get("stages").size(); s++) {
                JsonNode apiIndicators = apiCounty.get("stages").get(s).get("indicators");
                JsonNode cliIndicators = cliCounty.get("stages").get(s).get("indicators");
                for (int i = 0; i < 7; i++) {
                    assertThat(apiIndicators.get(i).get("countyValue").asDouble())
                            .isEqualTo(cliIndicators.get(i).get("countyValue").asDouble());
                    assertThat(apiIndicators.get(i).get("cv").asDouble()).isEqualTo(cliIndicators.get(i).get("cv").asDouble());
                }
                assertThat(apiCounty.get("stages").get(s).get("compliantSchools"))
                        .isEqualTo(cliCounty.get("stages").get(s).get("compliantSchools"));
            }
        }
        assertThat(api.get("schools").size()).isEqualTo(cli.get("schools").size());
    }

    @Test
    void aCountysTrendHasEachIndicatorForEveryImportedYear() {
        JsonNode trend = get("/api/v1/assessments/trend?county=990121");

        // 2 stages × 7 indicators × 2 years
        assertThat(trend).hasSize(28);
        assertThat(trend.get(0).get("year").asInt()).isEqualTo(2024);
        assertThat(trend.get(1).get("year").asInt()).isEqualTo(2025);
        assertThat(trend.get(0).get("indicator")).isEqualTo(trend.get(1).get("indicator"));
    }

    @Test
    void anUnknownMethodIsABadRequest() {
        client.get().uri("/api/v1/assessments?method=magic").exchange().expectStatus().isBadRequest();
        client.get().uri("/api/v1/assessments?stageWeights=1,0,1").exchange().expectStatus().isBadRequest();
    }

    @Test
    void whatIfAddsTheGapOfASchoolAndReassessesWithoutStoringAnything() {
        JsonNode before = get("/api/v1/assessments?county=990121&year=2025");
        JsonNode weakest = null;
        for (JsonNode school : before.get("schools")) {
            if (school.get("gaps").has("equipment_value_per_student")) {
                weakest = school;
                break;
            }
        }
        assertThat(weakest).as("a school below the equipment standard").isNotNull();
        String body = """
                {"county": "990121", "year": 2025, "changes": [
                  {"type": "add_resource", "schoolCode": "%s", "resource": "equipment_value", "amount": %s}]}
                """.formatted(weakest.get("schoolCode").asString(),
                weakest.get("gaps").get("equipment_value_per_student").asDouble() + 1);

        byte[] response = client.post().uri("/api/v1/assessments/what-if").contentType(MediaType.APPLICATION_JSON)
                .body(body).exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody();

        JsonNode result = JsonMapper.builder().build().readTree(response);
        String code = weakest.get("schoolCode").asString();
        for (JsonNode school : result.get("after").get("schools")) {
            if (school.get("schoolCode").asString().equals(code) && school.get("stage").equals(weakest.get("stage"))) {
                assertThat(school.get("passes").get("equipment_value_per_student").asBoolean()).isTrue();
            }
        }
        assertThat(get("/api/v1/assessments?county=990121&year=2025")).isEqualTo(before);
    }

    @Test
    void whatIfWithAChangeThatDoesNotFitIs422() {
        client.post().uri("/api/v1/assessments/what-if").contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"county": "990121", "year": 2025, "changes": [
                          {"type": "add_resource", "schoolCode": "2990121999", "resource": "sports_area", "amount": 10}]}
                        """)
                .exchange().expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("changes[0]");
    }

    @Test
    void importedCountyFactsAreJudgedInTheAssessment() {
        String facts = """
                year,county_code,rotation_eligible,rotation_rotated,rotation_backbone,social_recognition,evidence
                2025,990122,500,40,10,88.5,《云岩县交流轮岗工作报告》
                """;
        ImportReport report = importer.importFile(ImportType.COUNTY_FACTS,
                new java.io.ByteArrayInputStream(facts.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "f.csv",
                Locale.ENGLISH, ImportProgress.NONE);
        assertThat(report.errors()).isEmpty();

        JsonNode county = get("/api/v1/assessments?county=990122&year=2025").get("counties").get(0);

        JsonNode rotation = county.get("guarantee").get("items").get(10);
        assertThat(rotation.get("code").asString()).isEqualTo("teacher_rotation");
        assertThat(rotation.get("pass").asBoolean()).isFalse(); // 40 of 500 is 8%
        assertThat(rotation.get("facts").get("rotation_rotated").asInt()).isEqualTo(40);
        assertThat(county.get("recognition").get("pass").asBoolean()).isTrue();
        JsonNode stored = get("/api/v1/county-facts?county=990122&year=2025").get(0);
        assertThat(stored.get("values").get("rotation_rotated").asInt()).isEqualTo(40);
        assertThat(stored.get("evidence").asString()).isEqualTo("《云岩县交流轮岗工作报告》");
    }

    @Test
    void countyFactsOfAnUnregisteredCountyAreRejected() {
        String facts = "year,county_code,social_recognition\n2025,990199,90\n";

        ImportReport report = importer.importFile(ImportType.COUNTY_FACTS,
                new java.io.ByteArrayInputStream(facts.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "f.csv",
                Locale.ENGLISH, ImportProgress.NONE);

        assertThat(report.stored()).isFalse();
        assertThat(report.errors()).extracting(ImportError::code).containsExactly("county.unknown");
    }
}
