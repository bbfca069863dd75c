package org.junheng.web;

import java.net.CookieManager;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junheng.Browser;
import org.junheng.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/** The administration pages through a browser's eyes: sign in with the form, follow the forms, read the pages. */
@IntegrationTest
class AdministrationPagesIT {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.junheng.importing.Importer importer;

    /** A county officer's region must be registered: the demo's first county is. */
    @org.junit.jupiter.api.BeforeEach
    void registerTheDemoCounty(@org.junit.jupiter.api.io.TempDir java.nio.file.Path demo) throws Exception {
        org.junheng.DemoImport.importDemo(importer, demo, 1, org.junheng.importing.ImportType.REGIONS);
    }

    @Test
    void anAdministratorCreatesAUserWithTheFormAndTheAuditTrailShowsIt() throws Exception {
        Browser admin = new Browser(port).signIn("admin", IntegrationTest.ADMIN_PASSWORD);

        HttpResponse<String> users = admin.get("/users");
        assertThat(users.statusCode()).isEqualTo(200);
        assertThat(users.body()).contains("<html lang=\"zh-CN\"").contains("用户管理").contains("系统管理员");

        HttpResponse<String> created = admin.post("/users", Map.of("username", "page-made", "password", "page-pass-2025",
                "role", "inspector", "region", "", "school", ""));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(admin.get("/users").body()).contains("已创建用户 </span><span translate=\"no\">page-made</span>");
        assertThat(admin.get("/audit?entity=user").body()).contains("page-made").contains("<td>新建</td><td>用户</td>");
    }

    /** The region and the school of a new user are chosen by name; the form still sends their codes. */
    @Test
    void theUserFormOffersRegionsAndTheChosenCountysSchoolsByName(@org.junit.jupiter.api.io.TempDir java.nio.file.Path demo)
            throws Exception {
        org.junheng.DemoImport.importDemo(importer, demo, 1, org.junheng.importing.ImportType.REGIONS,
                org.junheng.importing.ImportType.SCHOOL_STATS);
        Browser admin = new Browser(port).signIn("admin", IntegrationTest.ADMIN_PASSWORD);

        String form = admin.get("/users").body();
        String schools = admin.get("/picker/schools?region=990121&q=2990121").body();

        assertThat(form).contains("<option value=\"990121\">示范省 青山市 青岭县</option>");
        assertThat(schools).contains("label=\"2990121").doesNotContain("<html");
        assertThat(admin.get("/picker/schools?region=990121&q=").body()).doesNotContain("<option");
    }

    @Test
    void aRejectedUserIsExplainedOnThePage() throws Exception {
        Browser admin = new Browser(port).signIn("admin", IntegrationTest.ADMIN_PASSWORD);
        admin.get("/users");

        admin.post("/users", Map.of("username", "weak-page", "password", "short", "role", "inspector"));

        assertThat(admin.get("/users").body()).contains("未能创建：密码 — 至少 10 个字符");
    }

    @Test
    void thePagesSwitchToEnglishAndBack() throws Exception {
        Browser admin = new Browser(port).signIn("admin", IntegrationTest.ADMIN_PASSWORD);

        assertThat(admin.get("/users?lang=en").body()).contains("<html lang=\"en\"").contains("New user");
        assertThat(admin.get("/audit").body()).contains("Audit trail");
        assertThat(admin.get("/?lang=zh_CN").body()).contains("首页").doesNotContain("Sign out");
    }

    @Test
    void aCountyOfficerReadsTheAuditTrailButCannotManageUsers() throws Exception {
        Browser admin = new Browser(port).signIn("admin", IntegrationTest.ADMIN_PASSWORD);
        admin.get("/users");
        admin.post("/users", Map.of("username", "page-officer", "password", "page-pass-2025", "role", "county_officer",
                "region", "990121", "school", ""));

        Browser officer = new Browser(port).signIn("page-officer", "page-pass-2025");

        assertThat(officer.get("/users").statusCode()).isEqualTo(403);
        HttpResponse<String> audit = officer.get("/audit");
        assertThat(audit.statusCode()).isEqualTo(200);
        assertThat(audit.body()).doesNotContain("用户管理");
    }

    @Test
    void signingInStartsANewSessionAgainstSessionFixation() throws Exception {
        Browser browser = new Browser(port);
        browser.get("/login");
        String before = sessionId(browser);

        browser.post("/login", Map.of("username", "admin", "password", IntegrationTest.ADMIN_PASSWORD));

        assertThat(before).isNotNull();
        assertThat(sessionId(browser)).isNotNull().isNotEqualTo(before);
    }

    private static String sessionId(Browser browser) {
        return ((CookieManager) browser.http.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID")).map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    @Test
    void pagesNeedASignedInUser() throws Exception {
        HttpResponse<String> response = new Browser(port).get("/users");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void aUserChangesTheirOwnPasswordOnTheirPageWithoutAnAdministrator() throws Exception {
        Browser admin = new Browser(port).signIn("admin", IntegrationTest.ADMIN_PASSWORD);
        admin.get("/users");
        admin.post("/users", Map.of("username", "self-service", "password", "first-pass-2026", "role", "county_officer",
                "region", "990121", "school", ""));

        Browser officer = new Browser(port).signIn("self-service", "first-pass-2026");
        officer.get("/account");
        officer.post("/account/password", Map.of("currentPassword", "wrong-pass-2026", "password", "second-pass-2026",
                "repeated", "second-pass-2026"));
        assertThat(officer.get("/account").body()).contains("当前密码不正确");
        officer.post("/account/password", Map.of("currentPassword", "first-pass-2026", "password", "second-pass-2026",
                "repeated", "second-pass-2026"));
        assertThat(officer.get("/account").body()).contains("密码已修改");

        assertThat(new Browser(port).signIn("self-service", "second-pass-2026").get("/account").statusCode()).isEqualTo(200);
        HttpResponse<String> old = new Browser(port).signInResponse("self-service", "first-pass-2026");
        assertThat(old.headers().firstValue("Location").orElse("")).contains("error");
    }
}
