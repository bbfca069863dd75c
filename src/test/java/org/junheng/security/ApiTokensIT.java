package org.junheng.security;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junheng.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ApiTokensIT {

    private static final String PASSWORD = "token-owner-pass-2026";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.junheng.importing.Importer importer;

    /** The users' regions must be registered: the demo's province and first two counties. */
    @org.junit.jupiter.api.BeforeEach
    void registerTheDemoRegions(@org.junit.jupiter.api.io.TempDir java.nio.file.Path demo) throws Exception {
        org.junheng.DemoImport.importDemo(importer, demo, 2, org.junheng.importing.ImportType.REGIONS);
    }

    private RestTestClient basic(String user, String password) {
        return RestTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth(user, password)).build();
    }

    private RestTestClient bearer(String secret) {
        return RestTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBearerAuth(secret)).build();
    }

    private void createUser(String username, String role, String region) {
        basic("admin", IntegrationTest.ADMIN_PASSWORD).post().uri("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", username, "password", PASSWORD, "role", role, "region", region)).exchange()
                .expectStatus().isCreated();
    }

    private String issue(String user, Map<String, Object> body) {
        String answer = new String(basic(user, PASSWORD).post().uri("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
                .body(body).exchange().expectStatus().isCreated().expectBody().returnResult().getResponseBody(),
                StandardCharsets.UTF_8);
        return answer.replaceAll("(?s).*\"secret\":\"(jh_[A-Za-z0-9_-]+)\".*", "$1");
    }

    @Test
    void aTokenSignsInWithoutAPasswordAndIsKeptOnlyAsAHash() {
        createUser("token-owner", "province_officer", "990000");
        String secret = issue("token-owner", Map.of("name", "统计脚本"));

        bearer(secret).get().uri("/api/v1/regions").exchange().expectStatus().isOk();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM api_token WHERE token_hash = ?", Integer.class,
                ApiTokens.hash(secret))).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM api_token WHERE token_hash = ? OR prefix = ?", Integer.class,
                secret, secret)).isZero();
        basic("token-owner", PASSWORD).get().uri("/api/v1/tokens").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[0].name").isEqualTo("统计脚本").jsonPath("$[0].secret").doesNotExist();
    }

    @Test
    void aRevokedOrExpiredTokenNoLongerSignsIn() {
        createUser("token-revoker", "county_officer", "990121");
        String revoked = issue("token-revoker", Map.of("name", "旧脚本"));
        long id = jdbc.queryForObject("SELECT id FROM api_token WHERE token_hash = ?", Long.class, ApiTokens.hash(revoked));
        basic("token-revoker", PASSWORD).delete().uri("/api/v1/tokens/" + id).exchange().expectStatus().isNoContent();
        String expired = issue("token-revoker", Map.of("name", "过期脚本", "days", 1));
        jdbc.update("UPDATE api_token SET expires_at = created_at WHERE token_hash = ?", ApiTokens.hash(expired));

        bearer(revoked).get().uri("/api/v1/regions").exchange().expectStatus().isUnauthorized();
        bearer(expired).get().uri("/api/v1/regions").exchange().expectStatus().isUnauthorized();
        bearer("jh_guessed").get().uri("/api/v1/regions").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void aReadOnlyTokenReadsButDoesNotWriteAndNoTokenMakesAnother() {
        createUser("token-reader", "county_officer", "990122");
        String secret = issue("token-reader", Map.of("name", "只读", "readOnly", true));

        bearer(secret).get().uri("/api/v1/programmes").exchange().expectStatus().isOk();
        bearer(secret).post().uri("/api/v1/people").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "专家", "kind", "expert", "regionCode", "990122")).exchange().expectStatus().isForbidden();
        String writer = issue("token-reader", Map.of("name", "写入"));
        bearer(writer).post().uri("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON).body(Map.of("name", "再造一个"))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void aTokenLimitedToARegionSeesNothingBeyondIt() {
        createUser("token-province", "province_officer", "990000");
        String secret = issue("token-province", Map.of("name", "一个县", "region", "990121"));

        bearer(secret).get().uri("/api/v1/audit?region=990121").exchange().expectStatus().isOk();
        bearer(secret).get().uri("/api/v1/audit?region=990122").exchange().expectStatus().isNotFound();
        basic("token-province", PASSWORD).post().uri("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "外省", "region", "440000")).exchange().expectStatus().isBadRequest();
    }
}
