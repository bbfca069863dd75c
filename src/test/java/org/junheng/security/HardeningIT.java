package org.junheng.security;

import java.util.Map;

import org.junheng.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

@IntegrationTest
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

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
        createInspector("guessed");
        createInspector("bystander");
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            client("guessed", "wrong-" + i).get().uri("/api/v1/regions").exchange().expectStatus().isUnauthorized();
        }

        client("guessed", PASSWORD).get().uri("/api/v1/regions").exchange().expectStatus().isUnauthorized();
        client("bystander", PASSWORD).get().uri("/api/v1/regions").exchange().expectStatus().isOk();
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
    void aFormPostWithoutItsCsrfTokenIsRefused() {
        client(null, null).post().uri("/login").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body("username=admin&password=" + IntegrationTest.ADMIN_PASSWORD).exchange()
                .expectStatus().isForbidden();
    }
}
