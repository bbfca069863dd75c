package org.junheng.web;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junheng.Browser;
import org.junheng.DemoImport;
import org.junheng.IntegrationTest;
import org.junheng.assessment.AssessmentMethod;
import org.junheng.assessment.AssessmentService;
import org.junheng.assessment.CountyAssessment;
import org.junheng.assessment.ProvinceProfiles;
import org.junheng.assessment.SchoolStageAssessment;
import org.junheng.assessment.Shortfall;
import org.junheng.assessment.StageWeights;
import org.junheng.importing.ImportType;
import org.junheng.importing.Importer;
import org.junheng.registry.Registry;
import org.junheng.registry.SchoolQuery;
import org.junheng.registry.SchoolType;
import org.junheng.registry.Stage;
import org.junheng.security.AuditEvent;
import org.junheng.security.AuditTrail;
import org.junheng.security.Scope;
import org.junheng.security.UserAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/** The region pages and the import page over HTTP: who sees what, the switcher, the downloads, import jobs. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegionPagesIT {

    private static final String COUNTY_A = "990121";
    private static final String COUNTY_B = "990122";
    private static final String PASSWORD = "officer-password-1";

    @LocalServerPort
    int port;

    @Autowired
    Importer importer;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    Registry registry;

    @Autowired
    UserAccounts accounts;

    @Autowired
    AuditTrail audit;

    @Autowired
    AssessmentService assessments;

    @Autowired
    ProvinceProfiles profiles;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    String schoolOfA;
    String schoolOfB;
    Path demo;

    @BeforeAll
    void importTwoCountiesAndCreateTheirUsers(@TempDir Path demo) throws Exception {
        this.demo = demo;
        DemoImport.importDemo(importer, demo, 2, ImportType.REGIONS, ImportType.SCHOOL_STATS);
        schoolOfA = registry.findSchools(new SchoolQuery(COUNTY_A, SchoolType.PRIMARY, null), 0, 1).content().get(0).code();
        schoolOfB = registry.findSchools(new SchoolQuery(COUNTY_B, null, null), 0, 1).content().get(0).code();
        accounts.create("pages-officer-a", PASSWORD, "county_officer", COUNTY_A, null);
        accounts.create("pages-officer-b", PASSWORD, "county_officer", COUNTY_B, null);
        accounts.create("pages-school-a", PASSWORD, "school_admin", COUNTY_A, schoolOfA);
        accounts.create("pages-teacher-a", PASSWORD, "teacher", COUNTY_A, schoolOfA);
    }

    @Test
    void aSignedOutVisitorIsSentToTheSignInPage() throws Exception {
        HttpResponse<String> county = new Browser(port).get("/counties/" + COUNTY_A);

        assertThat(county.statusCode()).isEqualTo(302);
        assertThat(county.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(new Browser(port).get("/login").body()).contains("id=\"username\"").contains("登录");
    }

    @Test
    void aCountyOfficerSeesTheirCountyButNotAnotherCountyItsSchoolsOrTheProvince() throws Exception {
        Browser officer = new Browser(port).signIn("pages-officer-a", PASSWORD);

        assertThat(officer.get("/counties/" + COUNTY_A).statusCode()).isEqualTo(200);
        assertThat(officer.get("/schools/" + schoolOfA).statusCode()).isEqualTo(200);
        assertThat(officer.get("/counties/" + COUNTY_B).statusCode()).isEqualTo(404);
        assertThat(officer.get("/counties/" + COUNTY_B + "/assessment.xlsx").statusCode()).isEqualTo(404);
        assertThat(officer.get("/schools/" + schoolOfB).statusCode()).isEqualTo(404);
        HttpResponse<String> province = officer.get("/provinces/990000");
        assertThat(province.statusCode()).as("the province narrows to the officer's county").isEqualTo(302);
        assertThat(province.headers().firstValue("Location").orElseThrow()).endsWith("/counties/" + COUNTY_A);
        String home = officer.get("/").body();
        assertThat(home).contains("href=\"/counties/" + COUNTY_A + "\"").doesNotContain("value=\"" + COUNTY_B + "\"");
    }

    @Test
    void theCountyPageNamesEverySchoolThatFailsAStatisticsGuaranteeItemWithTheFigureThatFailed() throws Exception {
        CountyAssessment county = assessments.assess(COUNTY_A, 2025, AssessmentMethod.QUALITY_2017, StageWeights.EQUAL)
                .counties().get(0);
        List<Shortfall> shortfalls = county.guarantee().items().stream().flatMap(i -> i.shortfalls().stream()).toList();
        Shortfall oversize = shortfalls.stream().filter(f -> f.measure().equals("school_size") || f.measure()
                .equals("compulsory_students")).findFirst().orElseThrow();

        String page = new Browser(port).signIn("pages-officer-a", PASSWORD).get("/counties/" + COUNTY_A + "?year=2025").body();

        assertThat(shortfalls).as("the demo county has schools failing items 3, 4, 5 and 12").hasSizeGreaterThan(3);
        assertThat(page).contains("评估方案：全国标准");
        for (Shortfall f : shortfalls) {
            assertThat(page).contains("data-school=\"" + f.schoolCode() + "\"");
        }
        assertThat(page).contains(oversize.schoolName() + "</a>：<span>义务教育阶段学生 " + oversize.value().toPlainString()
                + " 人，不应超过 " + oversize.required().toPlainString() + " 人</span>");
    }

    /** A school's values are shown against its province's standards, not the national ones. */
    @Test
    void theSchoolPageShowsTheStandardOfTheProvincesProfile() throws Exception {
        Browser officer = new Browser(port).signIn("pages-officer-a", PASSWORD);
        String national = officer.get("/schools/" + schoolOfA + "?year=2025").body();
        assertThat(national).contains("<td class=\"number\">4.2</td>").doesNotContain("<td class=\"number\">9.9</td>");

        profiles.set("990000", "profile: 高标准省\nstandards: {primary: {qualified_teachers_per_100: 9.9}}\n");
        try {
            String provincial = officer.get("/schools/" + schoolOfA + "?year=2025").body();

            assertThat(provincial).contains("<td class=\"number\">9.9</td>").doesNotContain("<td class=\"number\">4.2</td>");
        } finally {
            profiles.reset("990000");
        }
    }

    /** What a school lacks is written with its unit, and teachers and rooms as whole numbers. */
    @Test
    void theCountyPageWritesWhatEachSchoolLacksWithItsUnit() throws Exception {
        try (var in = Files.newInputStream(demo.resolve("county-facts.csv"))) {
            assertThat(importer.importFile(ImportType.COUNTY_FACTS, in, "county-facts.csv", java.util.Locale.ENGLISH,
                    org.junheng.importing.ImportProgress.NONE).stored()).isTrue();
        }
        String page = new Browser(port).signIn("pages-officer-a", PASSWORD).get("/counties/" + COUNTY_A + "?year=2025").body();

        // the gaps column of the school rows (county facts elsewhere on the page are shown as gaps too)
        java.util.regex.Matcher cells = java.util.regex.Pattern.compile("<td class=\"gaps\">(.*?)</td>").matcher(page);
        List<String> found = new java.util.ArrayList<>();
        while (cells.find()) {
            java.util.regex.Matcher gaps = java.util.regex.Pattern.compile("<span class=\"gap\">([^<]*)</span>")
                    .matcher(cells.group(1));
            while (gaps.find()) {
                found.add(gaps.group(1));
            }
        }
        assertThat(found).as("the demo county's schools lack something").isNotEmpty().allSatisfy(gap -> assertThat(gap)
                .matches(".+ \\+([0-9]{1,3}(,[0-9]{3})*( (人|间|台|册))|[0-9]{1,3}(,[0-9]{3})*(\\.[0-9]{1,2})? (平方米|元))"));
    }

    @Test
    void aSchoolAdminSeesOnlyTheirSchoolAndATeacherNoAssessmentPage() throws Exception {
        Browser school = new Browser(port).signIn("pages-school-a", PASSWORD);
        String page = school.get("/schools/" + schoolOfA).body();
        assertThat(page).contains("id=\"school-indicators\"");
        assertThat(school.get("/counties/" + COUNTY_A).body()).doesNotContain("data-school=\"" + schoolOfB + "\"")
                .doesNotContain("<tr data-school=\"" + otherSchoolOfA() + "\"");
        assertThat(school.get("/schools/" + otherSchoolOfA()).statusCode()).isEqualTo(404);

        Browser teacher = new Browser(port).signIn("pages-teacher-a", PASSWORD);
        assertThat(teacher.get("/counties/" + COUNTY_A).statusCode()).isEqualTo(403);
        assertThat(teacher.get("/").body()).doesNotContain("id=\"switcher\"").doesNotContain("/counties/");
        assertThat(teacher.get("/imports").statusCode()).isEqualTo(403);
    }

    @Test
    void aPageThatCannotBeShownSaysSoInChineseNotInTheApisJsonNorSpringsDefaultPage() throws Exception {
        Browser officer = new Browser(port).signIn("pages-officer-a", PASSWORD);

        HttpResponse<String> otherCounty = officer.visit("/counties/" + COUNTY_B);
        HttpResponse<String> unknownPath = officer.visit("/no-such-page");
        HttpResponse<String> forbidden = new Browser(port).signIn("pages-teacher-a", PASSWORD).visit("/counties/" + COUNTY_A);

        assertThat(otherCounty.statusCode()).isEqualTo(404);
        assertThat(otherCounty.body()).contains("找不到页面").contains("不在您的管理范围内").doesNotContain("\"detail\"");
        assertThat(unknownPath.statusCode()).isEqualTo(404);
        assertThat(unknownPath.body()).contains("找不到页面").doesNotContain("Whitelabel");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("无权访问").doesNotContain("Whitelabel");
        assertThat(officer.visit("/counties/" + COUNTY_B + "?lang=en").body()).contains("Page not found");
    }

    private String otherSchoolOfA() {
        return registry.findSchools(new SchoolQuery(COUNTY_A, SchoolType.PRIMARY, null), 0, 2).content().get(1).code();
    }

    @Test
    void theSwitcherListsTheCountiesOfTheChosenProvinceAndOpensTheChosenPage() throws Exception {
        Browser admin = new Browser(port).signIn("admin", IntegrationTest.ADMIN_PASSWORD);

        String fragment = admin.get("/switcher?province=990000&county=" + COUNTY_A).body();

        assertThat(fragment).startsWith("<form").contains("value=\"" + COUNTY_A + "\" selected")
                .contains("value=\"" + COUNTY_B + "\"").contains("value=\"" + schoolOfA + "\"")
                .doesNotContain("value=\"" + schoolOfB + "\"");
        assertThat(admin.get("/go?province=990000&county=" + COUNTY_A + "&school=").headers().firstValue("Location")
                .orElseThrow()).endsWith("/counties/" + COUNTY_A);
        assertThat(admin.get("/go?province=990000&county=&school=" + schoolOfA).headers().firstValue("Location")
                .orElseThrow()).endsWith("/schools/" + schoolOfA);
        assertThat(admin.get("/go?school=//evil.example").headers().firstValue("Location").orElseThrow())
                .doesNotContain("evil");
    }

    @Test
    void theCountyPageIsRenderedOnceForTheSameDataAndAnewWhenTheDataChange() throws Exception {
        Browser officer = new Browser(port).signIn("pages-officer-b", PASSWORD);
        String before = officer.get("/counties/" + COUNTY_B).body();
        double kept = meters.counter("junheng.pages.fragments", "result", "kept").count();

        String again = officer.get("/counties/" + COUNTY_B).body();

        assertThat(meters.counter("junheng.pages.fragments", "result", "kept").count()).isGreaterThan(kept);
        assertThat(withoutFormToken(again)).isEqualTo(withoutFormToken(before));

        List<String> lines = Files.readAllLines(demo.resolve(ImportType.SCHOOL_STATS.key() + ".csv"), UTF_8);
        List<String> header = List.of(lines.get(0).split(",", -1));
        String row = lines.stream().filter(l -> l.startsWith("2025,") && l.contains("," + schoolOfB + ",")).findFirst().orElseThrow();
        List<String> cells = new java.util.ArrayList<>(List.of(row.split(",", -1)));
        String name = cells.get(header.indexOf("school_name"));
        cells.set(header.indexOf("school_name"), "改名后的学校");
        try {
            importSchoolStats(lines.get(0) + "\n" + String.join(",", cells) + "\n");

            String renamed = officer.get("/counties/" + COUNTY_B).body();

            assertThat(renamed).contains("改名后的学校").doesNotContain(">" + name + "<");
        } finally {
            importSchoolStats(lines.get(0) + "\n" + row + "\n");
        }
        assertThat(officer.get("/counties/" + COUNTY_B).body()).contains(">" + name + "<").doesNotContain("改名后的学校");
    }

    private void importSchoolStats(String csv) {
        assertThat(importer.importFile(ImportType.SCHOOL_STATS, new ByteArrayInputStream(csv.getBytes(UTF_8)),
                "school-stats.csv", java.util.Locale.ENGLISH, org.junheng.importing.ImportProgress.NONE).stored()).isTrue();
    }

    private static String withoutFormToken(String page) {
        return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }

    @Test
    void theCountysAssessmentAndTheBlankTemplatesAreDownloaded() throws Exception {
        Browser officer = new Browser(port).signIn("pages-officer-a", PASSWORD);

        HttpResponse<byte[]> workbook = officer.http.send(HttpRequest.newBuilder(officer.uri("/counties/" + COUNTY_A
                + "/assessment.xlsx")).build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<String> template = officer.get("/imports/templates/school-stats.csv");

        assertThat(workbook.statusCode()).isEqualTo(200);
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(workbook.body()))) {
            assertThat(book.getSheets().count()).isGreaterThanOrEqualTo(2);
        }
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.body()).contains("county_code").contains("school_code").contains("students_primary");
        assertThat(officer.get("/imports/templates/nothing.csv").statusCode()).isEqualTo(404);
    }

    @Test
    void anImportIsFollowedUntilItsReportAndOnlyItsOwnerSeesIt() throws Exception {
        Browser officer = new Browser(port).signIn("pages-officer-a", PASSWORD);
        officer.get("/imports");
        String file = "year,county_code\n2025,990121\n";

        HttpResponse<String> started = officer.uploadImport("school-stats", "short.csv", file);

        assertThat(started.statusCode()).isEqualTo(302);
        String path = started.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        assertThat(officer.get(path).body()).contains("<html").contains("id=\"import-result\"");
        String result = officer.awaitImport(path);
        assertThat(result).contains("id=\"import-rejected\"").contains("short.csv");
        // the columns the file lacks are named by the template's Chinese headings, not their keys
        assertThat(result).contains("学校标识码").doesNotContain("<td>school_code</td>");
        assertThat(new Browser(port).signIn("pages-officer-b", PASSWORD).get(path).statusCode()).isEqualTo(404);
    }

    @Test
    void anImportWhoseServerFellSilentIsShownInterruptedWithNothingStored() throws Exception {
        String id = java.util.UUID.randomUUID().toString();
        jdbc.update("INSERT INTO import_job (id, owner, import_type, file_name, size_bytes, state, server, heartbeat_at, started_at) "
                + "VALUES (?, 'pages-officer-a', 'school-stats', 'gone.csv', 100, 'running', 'a-server-gone:8080', ?, ?)", id,
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(300)),
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(310)));
        Browser officer = new Browser(port).signIn("pages-officer-a", PASSWORD);

        String result = officer.awaitImport("/imports/" + id);

        assertThat(result).contains("id=\"import-interrupted\"").contains("gone.csv").contains("未保存任何内容");
    }

    /** A refused file comes back with each row's errors beside it, for its owner only. */
    @Test
    void aRefusedFileIsHadBackWithEachRowsErrorsBesideIt() throws Exception {
        List<String> lines = Files.readAllLines(demo.resolve("school-stats.csv"), UTF_8);
        List<String> header = List.of(lines.get(0).split(",", -1));
        List<String> ofA = lines.stream().skip(1).filter(l -> l.contains("," + COUNTY_A + ",")).limit(2).toList();
        String[] bad = ofA.get(1).split(",", -1);
        bad[header.indexOf("students_primary")] = "-5";
        String file = lines.get(0) + "\n" + ofA.get(0) + "\n" + String.join(",", bad) + "\n";
        Browser officer = new Browser(port).signIn("pages-officer-a", PASSWORD);
        officer.get("/imports");

        HttpResponse<String> started = officer.uploadImport("school-stats", "two-rows.csv", file);
        String path = started.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        assertThat(officer.awaitImport(path)).contains("id=\"import-rejected\"").contains("id=\"import-annotated\"");
        HttpResponse<String> annotated = officer.get(path + "/annotated.csv");

        assertThat(annotated.statusCode()).isEqualTo(200);
        assertThat(annotated.headers().firstValue("Content-Disposition").orElseThrow()).contains("two-rows-errors.csv");
        List<String> rows = annotated.body().lines().toList();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).startsWith("\uFEFF" + lines.get(0)).endsWith(",错误说明");
        assertThat(rows.get(1)).isEqualTo(ofA.get(0) + ",");
        assertThat(rows.get(2)).startsWith(String.join(",", bad) + ",").contains("-5").hasSizeGreaterThan(
                String.join(",", bad).length() + 3);
        assertThat(new Browser(port).signIn("pages-officer-b", PASSWORD).get(path + "/annotated.csv").statusCode())
                .isEqualTo(404);
    }

    @Test
    void theProvinceTableSaysWhichDimensionsEachCountyFails() throws Exception {
        String page = new Browser(port).signIn("admin", IntegrationTest.ADMIN_PASSWORD).get("/provinces/990000?year=2025").body();

        assertThat(page).contains("未达到的方面");
        // the demo counties' resources are not yet balanced: each row that is not met names its dimensions
        String row = page.substring(page.indexOf("/counties/" + COUNTY_A));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("class=\"badge\"").contains("资源配置");
    }

    @Test
    void anEmptyFileIsCalledEmptyNotForgotten() throws Exception {
        Browser officer = new Browser(port).signIn("pages-officer-a", PASSWORD);
        officer.get("/imports");

        HttpResponse<String> answer = officer.uploadImport("school-stats", "empty.csv", "");

        assertThat(answer.body()).contains("id=\"empty-file\"").contains("empty.csv").contains("是空的")
                .doesNotContain("请选择要上传的文件");
    }

    @Test
    void anImportOfAnotherCountysRowsIsRefusedForACountyOfficer() throws Exception {
        Browser officer = new Browser(port).signIn("pages-officer-b", PASSWORD);
        officer.get("/imports");
        String header = String.join(",", ImportType.REGIONS.columns().stream().map(c -> c.key()).toList());

        HttpResponse<String> started = officer.uploadImport("regions", "regions.csv", header + "\n" + COUNTY_A + ",改名县,\n");

        String result = officer.awaitImport(started.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", ""));
        assertThat(result).contains("id=\"import-rejected\"");
        assertThat(registry.findRegion(COUNTY_A).orElseThrow().name()).isNotEqualTo("改名县");
    }

    @Test
    void aStoredImportIsRecordedInTheAuditTrailUnderTheUserWhoUploadedIt() throws Exception {
        Browser officer = new Browser(port).signIn("pages-officer-b", PASSWORD);
        officer.get("/imports");
        List<String> lines = Files.readAllLines(demo.resolve("school-stats.csv"), UTF_8);
        String ownRows = lines.get(0) + "\n" + String.join("\n", lines.stream().filter(l -> l.contains("," + COUNTY_B + ",")).toList())
                + "\n";

        HttpResponse<String> started = officer.uploadImport("school-stats", "own-county.csv", ownRows);

        String result = officer.awaitImport(started.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", ""));
        assertThat(result).contains("id=\"import-stored\"").contains("own-county.csv");
        assertThat(audit.find(Scope.EVERYTHING, null, "school-stats", "pages-officer-b", null, null, 0, 10).content())
                .extracting(AuditEvent::entityId).containsExactly("own-county.csv");
    }

    /** Polls the job as htmx does until it is no longer running; the answer is then the result fragment alone. */
    @Test
    void aSchoolAccountsHomeShowsItsOwnStagesAndNothingOfTheCountysImportsOrRotation() throws Exception {
        Browser school = new Browser(port).signIn("pages-school-a", PASSWORD);
        int year = assessments.latestYear().orElseThrow();
        List<SchoolStageAssessment> own = assessments.assess(COUNTY_A, year, AssessmentMethod.QUALITY_2017, null).schools()
                .stream().filter(s -> s.schoolCode().equals(schoolOfA) && s.excluded() == null).toList();

        String home = school.get("/").body();

        assertThat(home).contains("id=\"home-assessment\"").contains(own.get(0).schoolName() + "达标情况")
                .contains("id=\"home-assistance\"")
                .doesNotContain("id=\"home-imports\"").doesNotContain("id=\"home-rotation\"")
                .doesNotContain("id=\"home-furthest\"");
        assertThat(java.util.regex.Pattern.compile("<span class=\"badge (pass|fail)\"").matcher(
                home.substring(home.indexOf("id=\"home-school\""))).results().count()).isGreaterThanOrEqualTo(own.size());
    }

    /**
     * The school table of a county is searched, sorted and paged on the server: what htmx swaps in is the
     * rows the engine assessed, in the order asked, a page at a time, with the count of all that match.
     */
    @Test
    void theSchoolTableIsSearchedSortedAndPagedOnTheServer() throws Exception {
        Browser officer = new Browser(port).signIn("pages-officer-a", PASSWORD);
        int year = assessments.latestYear().orElseThrow();
        List<SchoolStageAssessment> primary = assessments.assess(COUNTY_A, year, AssessmentMethod.QUALITY_2017, null)
                .schools().stream().filter(s -> s.stage() == Stage.PRIMARY && s.excluded() == null).toList();
        String base = "/counties/" + COUNTY_A + "/schools?year=" + year + "&stage=primary";

        // sorted by students, most first: the first row is a school with the most students
        List<String> byStudents = rowSchools(swapped(officer, base + "&sort=students&dir=desc&size=10"));
        int most = primary.stream().mapToInt(SchoolStageAssessment::students).max().orElseThrow();
        assertThat(byStudents).hasSize(Math.min(10, primary.size()));
        assertThat(primary.stream().filter(s -> s.schoolCode().equals(byStudents.get(0))).findFirst().orElseThrow().students())
                .isEqualTo(most);

        // the second page of ten in code order holds the 11th to the 20th school by code
        List<String> byCode = primary.stream().map(SchoolStageAssessment::schoolCode).sorted().toList();
        String secondPage = swapped(officer, base + "&size=10&page=1");
        assertThat(rowSchools(secondPage)).isEqualTo(byCode.subList(10, Math.min(20, byCode.size())));
        assertThat(secondPage).contains("第 11–" + Math.min(20, byCode.size()) + " 所，共 " + byCode.size() + " 所");

        // a search for part of a name finds exactly the schools whose names hold it
        String part = primary.get(0).schoolName().substring(2, 4);
        List<String> named = primary.stream().filter(s -> s.schoolName().contains(part))
                .map(SchoolStageAssessment::schoolCode).sorted().toList();
        String found = swapped(officer, base + "&size=200&q=" + java.net.URLEncoder.encode(part, UTF_8));
        assertThat(rowSchools(found)).isEqualTo(named);
        assertThat(found).doesNotContain("<html");

        // without htmx the same request opens the county page at that state of the table
        HttpResponse<String> plain = officer.get(base + "&q=" + java.net.URLEncoder.encode(part, UTF_8));
        assertThat(plain.statusCode()).isEqualTo(302);
        assertThat(plain.headers().firstValue("Location").orElseThrow()).contains("/counties/" + COUNTY_A + "?")
                .contains("stage=primary");
    }

    private static String swapped(Browser browser, String path) throws Exception {
        HttpResponse<String> response = browser.http.send(HttpRequest.newBuilder(browser.uri(path)).header("HX-Request", "true")
                .build(), HttpResponse.BodyHandlers.ofString(UTF_8));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static List<String> rowSchools(String html) {
        return java.util.regex.Pattern.compile("<tr data-school=\"(\\d{10})\"").matcher(html).results()
                .map(m -> m.group(1)).toList();
    }
}
