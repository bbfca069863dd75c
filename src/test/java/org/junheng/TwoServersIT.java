package org.junheng;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import org.junheng.importing.ImportType;
import org.junheng.importing.Importer;
import org.junheng.web.ServerName;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application servers on one database, as behind a load balancer: what one server knows of a
 * user — that they signed in, how often a password was wrong — the other knows too, because it is
 * kept in the database; rotation jobs wait in the database's queue and each is solved by one server. On PostgreSQL in its pass; on H2 the two share one in-memory database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoServersIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ConfigurableApplicationContext a;
    private ConfigurableApplicationContext b;
    private Path demo;

    @BeforeAll
    void startTwoServersOnOneDatabase() throws Exception {
        String database = "two" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
        a = start(database, "a");
        b = start(database, "b");
        demo = Files.createTempDirectory("junheng-two-servers-demo");
        DemoImport.importDemo(a.getBean(Importer.class), demo, 1, ImportType.REGIONS, ImportType.SCHOOL_STATS, ImportType.TEACHERS);
    }

    private static ConfigurableApplicationContext start(String database, String name) throws Exception {
        Map<String, Object> properties = new HashMap<>(TestDatabase.properties(database));
        properties.put("server.port", 0);
        properties.put("junheng.demo.load-on-first-start", false);
        properties.put("junheng.admin-password", IntegrationTest.ADMIN_PASSWORD);
        properties.put("junheng.password-strength", 4);
        properties.put("junheng.data-dir", Files.createTempDirectory("junheng-two-servers-" + name).toString());
        properties.put("server.forward-headers-strategy", "native");
        // as arguments: above application.yml, as a test's properties are
        return new SpringApplicationBuilder(Junheng.class).run(properties.entrySet().stream()
                .map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new));
    }

    @AfterAll
    void stopBoth() {
        for (ConfigurableApplicationContext server : new ConfigurableApplicationContext[] {a, b}) {
            if (server != null) {
                server.close();
            }
        }
    }

    @Test
    void rotationJobsSubmittedOnOneServerAreEachSolvedOnceByWhicheverServerIsFree() throws Exception {
        double claimedBefore = claimed(a) + claimed(b);

        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> started = api(b, "POST", "/api/v1/rotation-plans",
                    "{\"county\":\"990121\",\"timeLimitSeconds\":1}");
            assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
            ids.add(JSON.readTree(started.body()).get("id").asLong());
        }

        for (long id : ids) {
            JsonNode job = null;
            for (int i = 0; i < 600; i++) {
                job = JSON.readTree(api(a, "GET", "/api/v1/rotation-plans/" + id, null).body());
                if (!job.get("status").asString().equals("queued") && !job.get("status").asString().equals("solving")) {
                    break;
                }
                Thread.sleep(100);
            }
            assertThat(job.get("status").asString()).as("job %d seen on the other server", id).isEqualTo("finished");
        }
        assertThat(claimed(a) + claimed(b) - claimedBefore).as("jobs claimed by the two servers together").isEqualTo(4);
        assertThat(a.getBean(JdbcTemplate.class).queryForList("SELECT DISTINCT solved_by FROM rotation_plan WHERE id IN ("
                + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")", String.class))
                .as("each job names the server that solved it").doesNotContainNull().isNotEmpty();
    }

    @Test
    void aJobSolvingOnOneServerIsStoppedFromTheOtherAndKeepsItsBestPlan() throws Exception {
        HttpResponse<String> started = api(a, "POST", "/api/v1/rotation-plans", "{\"county\":\"990121\",\"timeLimitSeconds\":120}");
        long id = JSON.readTree(started.body()).get("id").asLong();
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        String solvedBy = null;
        for (int i = 0; i < 300 && solvedBy == null; i++) {
            solvedBy = jdbc.queryForObject("SELECT solved_by FROM rotation_plan WHERE id = ?", String.class, id);
            Thread.sleep(100);
        }
        assertThat(solvedBy).as("claimed by a server").isNotNull();
        ConfigurableApplicationContext other = solvedBy.equals(a.getBean(ServerName.class).get().orElseThrow()) ? b : a;
        Thread.sleep(1500);

        assertThat(api(other, "POST", "/api/v1/rotation-plans/" + id + "/stop", "{}").statusCode()).isEqualTo(202);

        JsonNode job = null;
        for (int i = 0; i < 200; i++) {
            job = JSON.readTree(api(other, "GET", "/api/v1/rotation-plans/" + id, null).body());
            if (!job.get("status").asString().equals("solving")) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(job.get("status").asString()).as("stopped within 20 s, long before its 120 s").isEqualTo("stopped");
        assertThat(JSON.readTree(api(other, "GET", "/api/v1/rotation-plans/" + id + "/plan", null).body()).get("moves"))
                .isNotNull();
    }

    private static double claimed(ConfigurableApplicationContext server) {
        return server.getBean(MeterRegistry.class).get("junheng.rotation.jobs.claimed").counter().count();
    }

    private static HttpResponse<String> api(ConfigurableApplicationContext server, String method, String path, String json)
            throws Exception {
        String basic = java.util.Base64.getEncoder().encodeToString(("admin:" + IntegrationTest.ADMIN_PASSWORD).getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port(server) + path))
                .header("Authorization", "Basic " + basic).header("X-Forwarded-For", "203.0.113.9");
        if (json == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anImportStartedOnOneServerIsFollowedToItsReportOnTheOther() throws Exception {
        Browser onA = new Browser(port(a)).signIn("admin", IntegrationTest.ADMIN_PASSWORD);
        onA.get("/imports");
        String file = Files.readString(demo.resolve("school-stats.csv"));
        long rows = file.lines().skip(1).filter(line -> !line.isBlank()).count();

        HttpResponse<String> started = onA.uploadImport("school-stats", "again.csv", file);
        assertThat(started.statusCode()).isEqualTo(302);
        String path = started.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");

        String onB = onA.at(port(b)).awaitImport(path);
        assertThat(onB).contains("id=\"import-stored\"").contains("again.csv").contains(String.valueOf(rows));
        assertThat(new Browser(port(b)).signIn("admin", IntegrationTest.ADMIN_PASSWORD).get(path).statusCode())
                .as("another session of the same user sees it too").isEqualTo(200);
    }

    @Test
    void anAssessmentOnOneServerFollowsASchoolMovedOnTheOther() throws Exception {
        String county = "990121";
        int before = schoolsAssessed(b, county);
        List<String> lines = Files.readAllLines(demo.resolve("school-stats.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        String moved = lines.stream().skip(1).map(l -> l.split(",", -1))
                .filter(r -> r[0].equals("2025") && r[header.indexOf("county_code")].equals(county)
                        && Integer.parseInt(r[header.indexOf("students_primary")]) >= 300)
                .findFirst().orElseThrow()[header.indexOf("school_code")];
        org.junheng.registry.Registry onA = a.getBean(org.junheng.registry.Registry.class);
        onA.ensureCounty(new org.junheng.registry.RegionCode("990129"), "迁入县");
        try {
            // B has just assessed the county; the school leaves it on A
            onA.moveSchool(moved, "990129");

            assertThat(schoolsAssessed(b, county)).isLessThan(before);
        } finally {
            onA.moveSchool(moved, county);
        }
        assertThat(schoolsAssessed(b, county)).isEqualTo(before);
    }

    private static int schoolsAssessed(ConfigurableApplicationContext server, String county) throws Exception {
        JsonNode assessment = JSON.readTree(api(server, "GET", "/api/v1/assessments?county=" + county + "&year=2025", null).body());
        int stages = 0;
        for (JsonNode stage : assessment.get("counties").get(0).get("stages")) {
            stages += stage.get("schoolCount").asInt();
        }
        return stages;
    }

    @Test
    void aUserSignedInOnOneServerIsSignedInOnTheOther() throws Exception {
        Browser onA = new Browser(port(a)).signIn("admin", IntegrationTest.ADMIN_PASSWORD);
        String session = ((CookieManager) onA.http.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID")).map(HttpCookie::getValue).findFirst().orElseThrow();

        HttpResponse<String> home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port(b) + "/")).header("Cookie", "JSESSIONID=" + session).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("义务教育优质均衡评估与强弱校帮扶").contains(">admin<");
    }

    @Test
    void fiveWrongPasswordsOnOneServerCountOnTheOther() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(regions(a, "192.0.2.44", "wrong-password-" + i)).isEqualTo(401);
        }

        HttpResponse<String> onB = regionsResponse(b, "192.0.2.44", IntegrationTest.ADMIN_PASSWORD);

        assertThat(onB.statusCode()).isEqualTo(429);
        assertThat(onB.headers().firstValue("Retry-After")).isPresent();
        assertThat(regions(b, "198.51.100.44", IntegrationTest.ADMIN_PASSWORD)).as("another source is not held back")
                .isEqualTo(200);
    }

    private static int regions(ConfigurableApplicationContext server, String source, String password) throws Exception {
        return regionsResponse(server, source, password).statusCode();
    }

    private static HttpResponse<String> regionsResponse(ConfigurableApplicationContext server, String source,
                                                        String password) throws Exception {
        String basic = java.util.Base64.getEncoder().encodeToString(("admin:" + password).getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port(server)
                        + "/api/v1/regions")).header("Authorization", "Basic " + basic).header("X-Forwarded-For", source).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int port(ConfigurableApplicationContext server) {
        return ((WebServerApplicationContext) server).getWebServer().getPort();
    }
}
