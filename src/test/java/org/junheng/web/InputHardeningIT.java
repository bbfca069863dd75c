package org.junheng.web;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;

import org.junheng.Browser;
import org.junheng.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junheng.Uploads.upload;

/** Bad input at the edges: refused with a reason, never an error, never written raw into a page. */
@IntegrationTest
class InputHardeningIT {

    @LocalServerPort
    int port;

    private RestTestClient admin() {
        return RestTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth("admin", IntegrationTest.ADMIN_PASSWORD)).build();
    }

    @Test
    void anUnknownOrMalformedLanguageIsIgnoredNotAnError() throws Exception {
        for (String lang : new String[] {"%3Cx", "xx_YY_zz_ww", "en"}) {
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/login?lang=" + lang)).build(), HttpResponse.BodyHandlers.ofString(UTF_8));
            assertThat(page.statusCode()).as(lang).isEqualTo(200);
        }
    }

    @Test
    void textWithControlCharactersOrDirectionMarksIsRefusedInJson() {
        admin().post().uri("/api/v1/imports").contentType(MediaType.MULTIPART_FORM_DATA).body(upload("regions", "regions.csv",
                "region_code,region_name,tags\n990000,示范省,\n990100,示范市,\n990121,示范县,\n")).exchange()
                .expectStatus().isOk();
        for (String name : new String[] {"专家\u202Egnp.exe", "专家\u0000", "专家\u0007"}) {
            admin().post().uri("/api/v1/people").contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("name", name, "kind", "expert", "regionCode", "990121")).exchange()
                    .expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("name");
        }
        admin().post().uri("/api/v1/people").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "专家\t甲", "kind", "expert", "regionCode", "990121")).exchange()
                .expectStatus().isCreated();
    }

    @Test
    void textWithDirectionMarksIsRefusedInAForm() throws Exception {
        Browser browser = new Browser(port).signIn("admin", IntegrationTest.ADMIN_PASSWORD);
        browser.get("/users");

        HttpResponse<String> answer = browser.post("/users", Map.of("username", "rtl-user", "password", "maple-river-quietly-2031",
                "role", "inspector", "region", "\u202E990121"));

        assertThat(answer.statusCode()).isEqualTo(400);
    }

    @Test
    void anImportCellWithControlCharactersIsAnErrorOfThatCell() {
        String csv = "region_code,region_name,tags\n990000,示范省\u202E,\n";

        admin().post().uri("/api/v1/imports").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(upload("regions", "regions.csv", csv)).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].code").isEqualTo("value.control_characters")
                .jsonPath("$.errors[0].column").isEqualTo("region_name");
    }

    /** Declares a body over the limit and sends its first part, as a large upload starts; the server answers at once. */
    @Test
    void anUploadOverTheLimitIsRefusedWithAReason() throws Exception {
        long declared = 201L * 1024 * 1024;
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            String credentials = Base64.getEncoder().encodeToString(("admin:" + IntegrationTest.ADMIN_PASSWORD).getBytes(UTF_8));
            out.write(("POST /api/v1/imports HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: Basic " + credentials
                    + "\r\nAccept-Language: en\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: " + declared
                    + "\r\n\r\n--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n\r\n")
                    .getBytes(UTF_8));
            try {
                // more than Tomcat swallows (2 MB) before it answers and closes
                out.write(new byte[3 * 1024 * 1024]);
                out.flush();
            } catch (IOException e) {
                // the server may stop reading once it has refused the upload; its answer is still there to read
            }
            String answer = new String(socket.getInputStream().readAllBytes(), UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json").contains("200 MB");
        }
    }
}
