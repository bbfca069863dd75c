package org.junheng;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application servers on one database, as behind a load balancer: what one server knows of a
 * user — that they signed in, how often a password was wrong — the other knows too, because it is
 * kept in the database. On PostgreSQL in its pass; on H2 the two share one in-memory database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoServersIT {

    private ConfigurableApplicationContext a;
    private ConfigurableApplicationContext b;

    @BeforeAll
    void startTwoServersOnOneDatabase() throws Exception {
        String database = "two" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
        a = start(database, "a");
        b = start(database, "b");
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
