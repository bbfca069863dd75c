package org.junheng.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junheng.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Runs as deployed behind an HTTPS proxy that names each client's address, so that tests can sign
 * in from several sources.
 */
@IntegrationTest
@TestPropertySource(properties = {"server.forward-headers-strategy=native", "junheng.https=true"})
class HardeningIT {

    private static final String PASSWORD = "hardening-pass-2025";

    @LocalServerPort
    int port;

    private RestTestClient client(String user, String password) {
        RestTestClient.Builder<?> builder = RestTestClient.bindToServer().baseUrl("http://localhost:" + port);
        if (user != null) {
            builder.defaultHeaders(h -> h.setBasicAuth(user, password));
        }
        return builder.build();
    }

    private void createInspector(String username) {
        client("admin", IntegrationTest.ADMIN_PASSWORD).post().uri("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", username, "password", PASSWORD, "role", "inspector")).exchange()
                .expectStatus().isCreated();
    }

    /** A client at {@code address}, as a proxy in front of Junheng names it ({@code X-Forwarded-For}). */
    private RestTestClient from(String address, String user, String password) {
        return RestTestClient.bindToServer().baseUrl("http://localhost:" + port).defaultHeaders(h -> {
            h.set("X-Forwarded-For", address);
            if (user != null) {
                h.setBasicAuth(user, password);
            }
        }).build();
    }

    @Test
    void fiftyWrongPasswordsInParallelThenTheRightOneIsRefused() throws Exception {
        createInspector("guessed");
        ExecutorService pool = Executors.newFixedThreadPool(25);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String guess = "wrong-" + i;
            answers.add(pool.submit(() -> from("203.0.113.9", "guessed", guess).get().uri("/api/v1/regions").exchange()
                    .returnResult(String.class).getStatus().value()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();

        assertThat(statuses).containsOnly(401, 429);
        assertThat(statuses.stream().filter(s -> s == 401).count()).isLessThanOrEqualTo(LoginThrottle.FREE_PER_ACCOUNT);
        from("203.0.113.9", "guessed", PASSWORD).get().uri("/api/v1/regions").exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().exists("Retry-After");
    }

    @Test
    void fiveWrongTriesFromOneSourceDoNotStopTheRealAdminSigningInFromAnother() {
        for (int i = 0; i < 5; i++) {
            from("203.0.113.10", "admin", "guess-" + i).get().uri("/api/v1/regions").exchange().expectStatus().isUnauthorized();
        }
        from("203.0.113.10", "admin", "guess-5").get().uri("/api/v1/regions").exchange().expectStatus().isEqualTo(429);

        from("198.51.100.7", "admin", IntegrationTest.ADMIN_PASSWORD).get().uri("/api/v1/regions").exchange()
                .expectStatus().isOk();
    }

    @Test
    void unknownUserNamesFromOneSourceAreThrottledToo() {
        for (int i = 0; i < LoginThrottle.FREE_PER_SOURCE; i++) {
            from("203.0.113.11", "nobody-" + i, "whatever-123").get().uri("/api/v1/regions").exchange()
                    .expectStatus().isUnauthorized();
        }
        from("203.0.113.11", "nobody-else", "whatever-123").get().uri("/api/v1/regions").exchange()
                .expectStatus().isEqualTo(429);
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsAWrongPasswordNotAnError() {
        from("203.0.113.12", "admin", "x".repeat(100)).get().uri("/api/v1/regions").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void weakOrOverlongPasswordsAreRefusedWithTheirReasonNeverAnError() {
        for (String password : List.of("password12", "aaaaaaaaa1", "y".repeat(73), "z".repeat(100_000))) {
            client("admin", IntegrationTest.ADMIN_PASSWORD).post().uri("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("username", "weak-" + password.length(), "password", password, "role", "inspector")).exchange()
                    .expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("password");
        }
        client("admin", IntegrationTest.ADMIN_PASSWORD).get().uri("/api/v1/users/weak-10").exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void apiAndPagesSendAContentSecurityPolicy() {
        client("admin", IntegrationTest.ADMIN_PASSWORD).get().uri("/api/v1/regions").exchange()
                .expectHeader().valueEquals("Content-Security-Policy", SecurityConfiguration.API_POLICY)
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff");
        client(null, null).get().uri("/login").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Content-Security-Policy", SecurityConfiguration.PAGE_POLICY)
                .expectHeader().valueEquals("X-Frame-Options", "DENY");
    }

    @Test
    void behindHttpsEveryAnswerSendsStrictTransportSecurityAndTheSessionCookieIsSecureAndSameSite() throws Exception {
        client(null, null).get().uri("/login").exchange()
                .expectHeader().value("Strict-Transport-Security", v -> assertThat(v).contains("max-age=31536000"));
        java.net.http.HttpResponse<String> page = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create("http://localhost:" + port + "/login")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("Secure").contains("HttpOnly").contains("SameSite=Lax"));
    }

    @Test
    void metricsAreNotForTeachersOrOfficers() {
        createInspector("metrics-reader");
        client("metrics-reader", PASSWORD).get().uri("/actuator/prometheus").exchange().expectStatus().isForbidden();
        client("admin", IntegrationTest.ADMIN_PASSWORD).get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefused() {
        client(null, null).post().uri("/login").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body("username=admin&password=" + IntegrationTest.ADMIN_PASSWORD).exchange()
                .expectStatus().isForbidden();
    }
}
