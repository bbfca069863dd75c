package org.junheng.rotation;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junheng.Browser;
import org.junheng.DemoImport;
import org.junheng.IntegrationTest;
import org.junheng.assistance.Assistance;
import org.junheng.importing.ImportType;
import org.junheng.importing.Importer;
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

/** Rotation planning over the API: a job runs in the background, is followed, stopped, read and accepted. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@org.springframework.test.context.TestPropertySource(properties = "junheng.rotation.checkpoint-every=PT1S")
class RotationPlansIT {

    private static final String COUNTY = "990121";

    @Autowired
    Importer importer;

    @Autowired
    Assistance assistance;

    @Autowired
    RotationJobs jobs;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    RestTestClient admin;

    @BeforeAll
    void importACountyWithItsTeachers(@TempDir Path demo) throws Exception {
        DemoImport.importDemo(importer, demo, 1, ImportType.REGIONS, ImportType.SCHOOL_STATS, ImportType.TEACHERS);
    }

    @BeforeEach
    void connect() {
        admin = RestTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth("admin", IntegrationTest.ADMIN_PASSWORD)).build();
    }

    private JsonNode json(byte[] body) {
        return JsonMapper.builder().build().readTree(body);
    }

    private JsonNode get(String uri) {
        return json(admin.get().uri(uri).exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody());
    }

    private JsonNode post(String uri, Object body, int status) {
        return json(admin.post().uri(uri).contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isEqualTo(status).expectBody().returnResult().getResponseBody());
    }

    private JsonNode waitUntilDone(long id) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            JsonNode job = get("/api/v1/rotation-plans/" + id);
            if (!job.get("status").asString().equals("queued") && !job.get("status").asString().equals("solving")) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("rotation job " + id + " did not end");
    }

    @Test
    void aPlanIsSearchedInTheBackgroundReadAndAcceptedAsRotationPlacements() throws Exception {
        JsonNode started = post("/api/v1/rotation-plans", Map.of("county", COUNTY, "timeLimitSeconds", 4), 202);
        long id = started.get("id").asLong();
        assertThat(started.get("status").asString()).isIn("queued", "solving");

        JsonNode done = waitUntilDone(id);
        assertThat(done.get("status").asString()).isEqualTo("finished");
        assertThat(done.get("feasible").asBoolean()).isTrue();
        JsonNode plan = get("/api/v1/rotation-plans/" + id + "/plan");
        assertThat(plan.get("feasible").asBoolean()).isTrue();
        int moves = plan.get("moves").size();
        assertThat(moves).isGreaterThanOrEqualTo(plan.get("quotas").get("requiredRotated").asInt()).isPositive();

        JsonNode programme = post("/api/v1/rotation-plans/" + id + "/accept", Map.of(), 201);
        assertThat(programme.get("kind").asString()).isEqualTo("county_rotation");
        JsonNode placements = get("/api/v1/programmes/" + programme.get("id").asLong() + "/placements");
        assertThat(placements).hasSize(moves);
        assertThat(placements.get(0).get("kind").asString()).isEqualTo("rotation");
        assertThat(placements.get(0).get("startDate").asString()).isEqualTo("2026-09-01");
        assertThat(get("/api/v1/rotation-plans/" + id).get("acceptedProgramme").asLong())
                .isEqualTo(programme.get("id").asLong());
        post("/api/v1/rotation-plans/" + id + "/accept", Map.of(), 422);
    }

    @Test
    void aPlanIsSolvedAgainWithTheOfficersLockAndForbiddenMoveAndExportedAsAWorkbook() throws Exception {
        long first = post("/api/v1/rotation-plans", Map.of("county", COUNTY, "timeLimitSeconds", 3), 202).get("id").asLong();
        waitUntilDone(first);
        JsonNode moves = get("/api/v1/rotation-plans/" + first + "/plan").get("moves");
        JsonNode kept = moves.get(0);
        JsonNode ruledOut = moves.get(1);
        String rules = "lock." + kept.get("teacherId").asString() + "=" + kept.get("toSchool").asString() + "\n"
                + "forbid." + ruledOut.get("teacherId").asString() + "=" + ruledOut.get("toSchool").asString() + "\n";

        long second = post("/api/v1/rotation-plans/" + first + "/resolve", Map.of("timeLimitSeconds", 3, "rules", rules), 202)
                .get("id").asLong();

        assertThat(waitUntilDone(second).get("status").asString()).isEqualTo("finished");
        JsonNode plan = get("/api/v1/rotation-plans/" + second + "/plan");
        assertThat(plan.get("moves")).anyMatch(m -> m.get("teacherId").asString().equals(kept.get("teacherId").asString())
                && m.get("toSchool").asString().equals(kept.get("toSchool").asString()));
        assertThat(plan.get("moves")).noneMatch(m -> m.get("teacherId").asString().equals(ruledOut.get("teacherId").asString())
                && m.get("toSchool").asString().equals(ruledOut.get("toSchool").asString()));
        byte[] workbook = admin.get().uri("/api/v1/rotation-plans/" + second + "/plan.xlsx").exchange().expectStatus().isOk()
                .expectHeader().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .expectBody().returnResult().getResponseBody();
        assertThat(workbook).startsWith('P', 'K');
    }

    @Test
    void anOfficerStartsAPlanInThePagesReviewsItLocksAMoveAndAcceptsTheResult() throws Exception {
        Browser officer = new Browser(port).signIn("admin", IntegrationTest.ADMIN_PASSWORD);
        officer.get("/rotation");

        HttpResponse<String> started = officer.post("/rotation", Map.of("county", COUNTY, "timeLimitSeconds", "3",
                "rotationShare", "12", "maxDistanceKm", ""));
        assertThat(started.statusCode()).isEqualTo(302);
        String page = started.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        waitUntilDone(id);
        String review = officer.get(page).body();
        assertThat(jobs.rules(id)).isEqualTo("quota.rotation-share=12%\n");
        assertThat(review).contains("交流名单").contains("高学历教师").contains("已完成").contains("达标学校")
                .contains("name=\"lock\"").contains("id=\"coefficient-chart\"").contains("data-chart=\"{")
                .doesNotContain(">qualified_teachers_per_100<").doesNotContain("0hard/");
        String firstMove = review.replaceAll("(?s).*?name=\"lock\" value=\"([^\"]+)\".*", "$1");

        HttpResponse<String> resolved = officer.post(page + "/resolve", Map.of("lock", firstMove, "timeLimitSeconds", "3"));
        String next = resolved.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
        long nextId = Long.parseLong(next.substring(next.lastIndexOf('/') + 1));
        assertThat(nextId).isNotEqualTo(id);
        waitUntilDone(nextId);
        assertThat(jobs.rules(nextId)).contains("lock." + firstMove);
        officer.get(next);
        HttpResponse<String> unconfirmed = officer.post(next + "/accept", Map.of());
        assertThat(unconfirmed.headers().firstValue("Location").orElseThrow()).endsWith(next + "/accept");
        assertThat(jobs.job(nextId).orElseThrow().acceptedProgramme()).isNull();
        assertThat(officer.get(next + "/accept").body()).contains("确认采纳").contains("学年");
        HttpResponse<String> accepted = officer.post(next + "/accept", Map.of("confirmed", "true"));
        assertThat(accepted.headers().firstValue("Location").orElseThrow()).contains("/programmes/");
        assertThat(officer.get(next + "?lang=en").body()).contains("Accepted")
                .contains("School-stages still not compliant after the moves")
                .containsPattern("(Yes: [0-9]+ more teachers|No: indicators that moves do not change|Not by rotation: no subject)")
                .containsPattern("\\+[0-9][0-9,.]* (teachers|m²|yuan|rooms)").doesNotContain("平方米");
    }

    @Test
    void twoJobsWithTheSameStepBudgetAndSeedMakeTheSamePlan() throws Exception {
        List<String> plans = new java.util.ArrayList<>();
        for (int run = 0; run < 2; run++) {
            JsonNode job = post("/api/v1/rotation-plans", Map.of("county", COUNTY, "steps", 20, "seed", 7), 202);
            assertThat(job.get("steps").asInt()).isEqualTo(20);
            assertThat(job.get("seed").asLong()).isEqualTo(7);
            long id = job.get("id").asLong();
            assertThat(waitUntilDone(id).get("status").asString()).isEqualTo("finished");
            plans.add(admin.get().uri("/api/v1/rotation-plans/" + id + "/plan").exchange().expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody());
        }

        assertThat(plans.get(1)).isEqualTo(plans.get(0));
        post("/api/v1/rotation-plans", Map.of("county", COUNTY, "steps", 0), 422);
    }

    @Test
    void aJobStoppedEarlyKeepsTheBestPlanFoundSoFar() throws Exception {
        long id = post("/api/v1/rotation-plans", Map.of("county", COUNTY, "timeLimitSeconds", 120), 202).get("id").asLong();
        for (int i = 0; i < 300 && !get("/api/v1/rotation-plans/" + id).get("status").asString().equals("solving"); i++) {
            Thread.sleep(100);
        }
        Thread.sleep(1500);

        post("/api/v1/rotation-plans/" + id + "/stop", Map.of(), 202);

        JsonNode done = waitUntilDone(id);
        assertThat(done.get("status").asString()).isEqualTo("stopped");
        assertThat(get("/api/v1/rotation-plans/" + id + "/plan").get("moves")).isNotNull();
        assertThat(get("/api/v1/rotation-plans?region=" + COUNTY)).anyMatch(job -> job.get("id").asLong() == id);
    }

    @Test
    void aJobARestartCutShortIsMarkedInterruptedAndAFinishedOneIsKept() {
        jdbc.update("INSERT INTO rotation_plan (county_code, plan_year, status, time_limit_seconds, started_at, plan_json, feasible) "
                + "VALUES (?, 2025, 'solving', 30, CURRENT_TIMESTAMP, NULL, NULL)", COUNTY);
        jdbc.update("INSERT INTO rotation_plan (county_code, plan_year, status, time_limit_seconds, started_at, plan_json, feasible) "
                + "VALUES (?, 2025, 'finished', 30, CURRENT_TIMESTAMP, '{\"moves\":[]}', TRUE)", COUNTY);
        long solving = jdbc.queryForObject("SELECT MAX(id) FROM rotation_plan WHERE status = 'solving'", Long.class);
        long finished = jdbc.queryForObject("SELECT MAX(id) FROM rotation_plan WHERE status = 'finished'", Long.class);

        jobs.markInterruptedJobs();

        assertThat(jobs.job(solving).orElseThrow().status()).isEqualTo("interrupted");
        assertThat(jobs.job(finished).orElseThrow().status()).isEqualTo("finished");
        assertThat(jobs.planJson(finished)).contains("{\"moves\":[]}");
    }

    @Test
    void aJobARestartCutsShortOffersTheBestPlanItKeptWhileSolving() throws Exception {
        long id = post("/api/v1/rotation-plans", Map.of("county", COUNTY, "timeLimitSeconds", 120), 202).get("id").asLong();
        String kept = "SELECT COUNT(*) FROM rotation_plan WHERE id = ? AND status = 'solving' AND plan_json IS NOT NULL";
        for (int i = 0; i < 300 && jdbc.queryForObject(kept, Long.class, id) == 0; i++) {
            Thread.sleep(100);
        }
        assertThat(jdbc.queryForObject(kept, Long.class, id)).as("a plan kept while solving").isEqualTo(1);
        // a plan kept while the search goes on is not one to accept: the job is refused until it ends
        post("/api/v1/rotation-plans/" + id + "/accept", Map.of(), 422);
        assertThat(jobs.job(id).orElseThrow().acceptedProgramme()).isNull();

        // the server that solved it is gone: on the next start its jobs under way are marked interrupted
        jobs.markInterruptedJobs();

        RotationJob cut = jobs.job(id).orElseThrow();
        assertThat(cut.status()).isEqualTo("interrupted");
        assertThat(cut.hasPlan()).isTrue();
        int keptMoves = jdbc.queryForObject("SELECT moves FROM rotation_plan WHERE id = ?", Integer.class, id);
        assertThat(jobs.plan(id).orElseThrow().moves()).hasSize(keptMoves);
        assertThat(get("/api/v1/rotation-plans/" + id + "/plan").get("moves")).hasSize(keptMoves);
        jobs.stop(id);
    }

    @Test
    void aCountyWithoutStatisticsOrAMisspeltRuleIsRefusedAndNoJobStarts() {
        int before = get("/api/v1/rotation-plans").size();

        assertThat(post("/api/v1/rotation-plans", Map.of("county", COUNTY, "rules", "quota.rotaton-share=0.1"), 422)
                .get("detail").asString()).contains("quota.rotaton-share");
        assertThat(post("/api/v1/rotation-plans", Map.of("county", "990199"), 422).get("detail").asString())
                .contains("no statistics");
        post("/api/v1/rotation-plans", Map.of("county", "990100"), 400);

        assertThat(get("/api/v1/rotation-plans")).hasSize(before);
    }
}
