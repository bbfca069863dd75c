package org.junheng.security;

import java.util.Map;

import org.junheng.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junheng.Uploads.upload;

/** Every write leaves exactly one audit record, with who, what, before and after; a rejected write leaves none. */
@IntegrationTest
class AuditTrailIT {

    private static final String PASSWORD = "audit-pass-2025";

    @LocalServerPort
    int port;

    RestTestClient admin;

    @BeforeEach
    void connect() {
        admin = client("admin", IntegrationTest.ADMIN_PASSWORD);
    }

    private RestTestClient client(String user, String password) {
        return RestTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth(user, password)).build();
    }

    private JsonNode events(RestTestClient client, String query) {
        byte[] body = client.get().uri("/api/v1/audit?" + query).exchange().expectStatus().isOk().expectBody()
                .returnResult().getResponseBody();
        return JsonMapper.builder().build().readTree(body);
    }


    private static final String REGIONS = "region_code,region_name,tags\n450000,广西壮族自治区,\n450300,桂林市,\n450332,恭城瑶族自治县,ethnic;mountain\n";

    @Test
    void anImportLeavesOneRecordWithItsFileRowsAndRegions() {
        long before = events(admin, "entity=regions").get("totalElements").asLong();

        admin.post().uri("/api/v1/imports").contentType(MediaType.MULTIPART_FORM_DATA).body(upload("regions", "regions-audit.csv", REGIONS))
                .exchange().expectStatus().isOk();

        JsonNode events = events(admin, "entity=regions");
        assertThat(events.get("totalElements").asLong()).isEqualTo(before + 1);
        JsonNode event = events.get("content").get(0);
        assertThat(event.get("username").asString()).isEqualTo("admin");
        assertThat(event.get("action").asString()).isEqualTo("import");
        assertThat(event.get("entityId").asString()).isEqualTo("regions-audit.csv");
        assertThat(event.get("region").asString()).isEqualTo("450000");
        JsonNode after = JsonMapper.builder().build().readTree(event.get("after").asString());
        assertThat(after.get("rows").asInt()).isEqualTo(3);
        assertThat(event.get("before").isNull()).isTrue();
    }

    @Test
    void aRejectedImportLeavesNoRecord() {
        long before = events(admin, "entity=regions").get("totalElements").asLong();

        admin.post().uri("/api/v1/imports").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(upload("regions", "regions-audit.csv", "region_code,region_name\n4503,坏\n")).exchange().expectStatus().isEqualTo(422);

        assertThat(events(admin, "entity=regions").get("totalElements").asLong()).isEqualTo(before);
    }

    @Test
    void creatingAndDisablingAUserAreRecordedWithBeforeAndAfterAndNoPassword() {
        admin.post().uri("/api/v1/imports").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(upload("regions", "regions-audit.csv", REGIONS)).exchange().expectStatus().isOk();
        admin.post().uri("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", "audited", "password", PASSWORD, "role", "county_officer", "region", "450332"))
                .exchange().expectStatus().isCreated();
        admin.post().uri("/api/v1/users/audited/disable").exchange().expectStatus().isOk();

        JsonNode events = events(admin, "entity=user&region=450332").get("content");

        assertThat(events).hasSize(2);
        assertThat(events.get(0).get("action").asString()).isEqualTo("update");
        assertThat(events.get(0).get("before").asString()).contains("\"enabled\":true");
        assertThat(events.get(0).get("after").asString()).contains("\"enabled\":false");
        assertThat(events.get(1).get("action").asString()).isEqualTo("create");
        assertThat(events.toString()).doesNotContain(PASSWORD).doesNotContain("$2a$");
    }

    @Test
    void aCountyOfficerSeesOnlyTheRecordsOfTheirCounty() {
        admin.post().uri("/api/v1/imports").contentType(MediaType.MULTIPART_FORM_DATA).body(upload("regions", "regions-audit.csv", REGIONS))
                .exchange().expectStatus().isOk();
        admin.post().uri("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", "elsewhere", "password", PASSWORD, "role", "county_officer", "region", "990121"))
                .exchange().expectStatus().isCreated();

        RestTestClient officer = client("elsewhere", PASSWORD);

        events(officer, "size=500").get("content")
                .forEach(e -> assertThat(e.get("region").asString()).startsWith("990121"));
        officer.get().uri("/api/v1/audit?region=450332").exchange().expectStatus().isNotFound();
    }
}
