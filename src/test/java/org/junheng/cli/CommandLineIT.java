package org.junheng.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junheng.IntegrationTest;
import org.junheng.Junheng;
import org.junheng.security.UserAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line against the database of a running server, as an operator would use them together. */
@IntegrationTest
class CommandLineIT {

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    UserAccounts accounts;

    record Run(int exitCode, String out, String err) {
    }

    private Run junheng(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = JunhengCommand.execute(Junheng.class, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    /** The CLI is pointed at the server's database the way an operator would: with Spring properties. */
    private String[] serverDatabase() {
        String schemas = environment.getProperty("spring.flyway.schemas");
        return new String[] {
                "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
                "--spring.flyway.schemas=" + (schemas == null ? "" : schemas)};
    }

    private static String[] concat(String[] first, String... second) {
        String[] all = new String[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    @Test
    void generatedDemoStatisticsImportThroughTheCliAndTheServerListsThoseSchools(@TempDir Path dir) throws Exception {
        Run generate = junheng("generate", "--kind", "demo", "--counties", "2", "--out", dir.toString());
        assertThat(generate.exitCode()).isZero();
        long rows;
        try (var lines = Files.lines(dir.resolve("school-stats.csv"))) {
            rows = lines.count() - 1;
        }

        Run imported = junheng(concat(new String[] {"import", "--type", "school-stats",
                "--input", dir.resolve("school-stats.csv").toString()}, serverDatabase()));

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains(rows + " rows stored").containsPattern("counties re-assessed in \\d+ ms");
        RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build()
                .get().uri("/api/v1/schools?county=990121&size=1")
                .headers(h -> h.setBasicAuth("admin", IntegrationTest.ADMIN_PASSWORD))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.totalElements").value(Integer.class, total -> assertThat(total).isBetween(40, 300))
                .jsonPath("$.content[0].countyCode").isEqualTo("990121");
    }

    @Test
    void badInputExitsWith2NamingFileRowAndColumnAndStoresNothing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, """
                year,county_code,county_name,school_code,school_name,school_type,location
                2025,990199,坏县,2990199001,坏学校,primary,nowhere
                """);

        Run run = junheng(concat(new String[] {"import", "--type", "school-stats", "--input", file.toString(),
                "--lang", "en"}, serverDatabase()));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(file + ":1:").contains("students_primary").contains("nothing was stored");
    }

    @Test
    void aMissingFileExitsWith2() {
        Run run = junheng("import", "--type", "school-stats", "--input", "/nonexistent/school-stats.csv");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("/nonexistent/school-stats.csv");
    }

    @Test
    void templateWritesAnXlsxWhoseHeaderRowsExplainEachColumn(@TempDir Path dir) throws Exception {
        Path template = dir.resolve("school-stats.xlsx");

        Run run = junheng("template", "school-stats", "--out", template.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.size(template)).isPositive();
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(template.toFile())) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("year");
            assertThat(rows.get(1).getCellText(0)).isEqualTo("统计年度");
            assertThat(workbook.getSheets().count()).isEqualTo(2);
        }
    }

    @Test
    void whileTheServerRunsAnImportGoesThroughItsApiWithAPersonalTokenAndItsScope(@TempDir Path dir) throws Exception {
        Run generate = junheng("generate", "--kind", "demo", "--counties", "1", "--out", dir.toString());
        assertThat(generate.exitCode()).isZero();
        RestTestClient admin = RestTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth("admin", IntegrationTest.ADMIN_PASSWORD)).build();
        String issued = new String(admin.post().uri("/api/v1/tokens").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(java.util.Map.of("name", "命令行导入", "days", 1)).exchange().expectStatus().isCreated()
                .expectBody().returnResult().getResponseBody(), java.nio.charset.StandardCharsets.UTF_8);
        Path token = dir.resolve("token");
        Files.writeString(token, issued.replaceAll("(?s).*\"secret\":\"(jh_[A-Za-z0-9_-]+)\".*", "$1"));

        Run imported = junheng("import", "--server", "http://localhost:" + port, "--token-file", token.toString(),
                "--type", "regions", "--input", dir.resolve("regions.csv").toString());
        Run refused = junheng("import", "--server", "http://localhost:" + port, "--token-file", token.toString(),
                "--type", "school-stats", "--input", dir.resolve("regions.csv").toString(), "--lang", "en");
        Files.writeString(token, "jh_not-a-token");
        Run unknown = junheng("import", "--server", "http://localhost:" + port, "--token-file", token.toString(),
                "--type", "regions", "--input", dir.resolve("regions.csv").toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("rows stored");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("regions.csv:1:").contains("nothing was stored");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("401");
    }

    /** The way back in when an administrator's password is lost: the operator sets it on the server's machine. */
    @Test
    void theOperatorSetsANewPasswordForADisabledAccountWhichThenSignsIn(@TempDir Path dir) throws Exception {
        accounts.create("cli-forgot", "first-password-1", "system_admin", null, null);
        accounts.setEnabled("cli-forgot", false);
        Path weak = dir.resolve("weak.txt");
        Files.writeString(weak, "short\n");
        Path strong = dir.resolve("new.txt");
        Files.writeString(strong, "another-password-2\n");

        Run refused = junheng(concat(new String[] {"password", "--user", "cli-forgot", "--password-file", weak.toString()},
                serverDatabase()));
        Run unknown = junheng(concat(new String[] {"password", "--user", "nobody-here", "--password-file", strong.toString()},
                serverDatabase()));
        Run set = junheng(concat(new String[] {"password", "--user", "cli-forgot", "--password-file", strong.toString()},
                serverDatabase()));

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("at least 10 characters");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no account nobody-here");
        assertThat(set.exitCode()).as(set.err()).isZero();
        RestTestClient server = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        server.get().uri("/api/v1/schools?size=1").headers(h -> h.setBasicAuth("cli-forgot", "another-password-2"))
                .exchange().expectStatus().isOk();
        server.get().uri("/api/v1/schools?size=1").headers(h -> h.setBasicAuth("cli-forgot", "first-password-1"))
                .exchange().expectStatus().isUnauthorized();
    }
}
