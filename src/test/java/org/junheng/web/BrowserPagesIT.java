package org.junheng.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junheng.DemoImport;
import org.junheng.IntegrationTest;
import org.junheng.Publications;
import org.junheng.assessment.Assessment;
import org.junheng.assessment.AssessmentMethod;
import org.junheng.assessment.AssessmentService;
import org.junheng.assessment.CountyAssessment;
import org.junheng.assessment.DimensionAssessment;
import org.junheng.assessment.Indicator;
import org.junheng.assessment.SchoolStageAssessment;
import org.junheng.assessment.StageWeights;
import org.junheng.assistance.Assistance;
import org.junheng.assistance.Programme;
import org.junheng.assistance.ProgrammeKind;
import org.junheng.assistance.SchoolRole;
import org.junheng.importing.ImportType;
import org.junheng.importing.Importer;
import org.junheng.registry.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The county officer's workflow in Debian's Chromium, driven by Playwright: sign in, open the demo
 * province, a county and a school through the region switcher and links, check the numbers in the
 * tables against the assessment engine and that every chart has drawn, upload a bad file and read
 * its errors, switch to English and back. Each page is saved as a screenshot under
 * {@code target/screenshots}. The pages do not depend on the database, so this runs in the H2 pass only.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisabledIfSystemProperty(named = "junheng.test.database", matches = "postgresql")
class BrowserPagesIT {

    private static final String PROVINCE = "990000";
    private static final String COUNTY = "990121";

    @LocalServerPort
    int port;

    @Autowired
    Importer importer;

    @Autowired
    AssessmentService assessments;

    @Autowired
    Assistance assistance;

    @Autowired
    JdbcTemplate jdbc;

    Chromium chromium;
    Path demo;

    @BeforeAll
    void importTheDemoProvinceAndStartChromium() throws IOException {
        demo = Files.createTempDirectory("junheng-browser-demo");
        DemoImport.importDemo(importer, demo, 2, ImportType.REGIONS, ImportType.SCHOOL_STATS);
        Publications.awaitSettled(jdbc);
        chromium = Chromium.start(port);
    }

    @AfterAll
    void closeChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private Page signedIn() {
        return signedIn(false);
    }

    /** @param bypassCsp lets the test inject its own scripts (the accessibility audit) into the pages */
    private Page signedIn(boolean bypassCsp) {
        Page page = chromium.signedIn("admin", IntegrationTest.ADMIN_PASSWORD, bypassCsp);
        assertThat(page.locator("h1").innerText()).isEqualTo("义务教育优质均衡评估与强弱校帮扶");
        return page;
    }

    @Test
    void anOfficerOpensTheProvinceACountyAndASchoolAndSeesTheEnginesNumbersAndDrawnCharts() {
        Page page = signedIn();
        screenshot(page, "home");

        // given the region switcher on the home page, when the officer picks the province and opens it
        choose(page, "#switch-province", PROVINCE);
        page.locator("#switcher button[type=submit]").click();
        page.waitForURL(url("/provinces/" + PROVINCE));

        // then every county is listed with its verdict and compliant schools, and the chart is drawn
        Assessment province = assessments.assess(PROVINCE, 2025, AssessmentMethod.QUALITY_2017, StageWeights.EQUAL);
        Locator counties = page.locator("#counties tbody tr");
        assertThat(counties.count()).isEqualTo(province.counties().size());
        for (CountyAssessment county : province.counties()) {
            Locator row = page.locator("#counties tr[data-county='" + county.countyCode() + "']");
            assertThat(row.locator("th").innerText()).isEqualTo(county.countyName());
            int compliant = county.stages().stream().mapToInt(s -> s.compliantSchools()).sum();
            int schools = county.stages().stream().mapToInt(s -> s.schoolCount()).sum();
            assertThat(row.locator("td").nth(1).innerText()).isEqualTo(compliant + " / " + schools);
            assertThat(row.locator("td.cv").count()).isEqualTo(14);
            double largest = county.stages().stream().flatMap(st -> st.indicators().stream())
                    .filter(i -> i.cv() != null).mapToDouble(i -> i.cv() / i.cvLimit().doubleValue()).max().orElseThrow();
            assertThat(row.locator("td.distance").innerText()).isEqualTo(String.format(Locale.ROOT, "%.3f", largest));
        }
        assertThat(page.locator("#province-summary").innerText()).contains("共 " + province.counties().size() + " 个县");
        assertThat(paintedPixels(page, "#counties-chart")).isGreaterThan(1000);
        screenshot(page, "province");

        // when the officer opens the known county from the table
        page.locator("#counties a[href*='/counties/" + COUNTY + "']").click();
        page.waitForURL("**/counties/" + COUNTY + "**");

        // then each school's seven values are the engine's, coloured against the standards
        Assessment county = assessments.assess(COUNTY, 2025, AssessmentMethod.QUALITY_2017, StageWeights.EQUAL);
        List<SchoolStageAssessment> primary = county.schools().stream()
                .filter(s -> s.stage() == Stage.PRIMARY && s.excluded() == null).toList();
        assertThat(page.locator("#count-primary").innerText())
                .isEqualTo("第 1–" + Math.min(50, primary.size()) + " 所，共 " + primary.size() + " 所");
        checkRows(page, primary.stream().sorted(java.util.Comparator.comparing(SchoolStageAssessment::schoolCode)).limit(50).toList());
        if (primary.size() > 50) {
            // the rest on the next page, which htmx swaps in
            page.locator("#schools-box-primary a[rel=next]").click();
            page.waitForFunction("() => document.querySelector('#count-primary').innerText.startsWith('第 51')");
            checkRows(page, primary.stream().sorted(java.util.Comparator.comparing(SchoolStageAssessment::schoolCode)).skip(50).toList());
        }
        CountyAssessment assessed = county.counties().get(0);
        assertThat(page.locator("#verdict strong").innerText()).isEqualTo(switch (assessed.verdict()) {
            case MET -> "达到优质均衡";
            case NOT_MET -> "未达到优质均衡";
            case INCOMPLETE -> "待补充县域事实";
        });
        Map<String, DimensionAssessment> dimensions = Map.of("guarantee", assessed.guarantee(),
                "quality", assessed.quality(), "recognition", assessed.recognition(), "veto", assessed.veto());
        dimensions.forEach((dimension, items) -> items.items().forEach(item ->
                assertThat(page.locator("#items-" + dimension + " tr[data-item='" + item.code() + "'] td").nth(1).innerText())
                        .as("%s %s", dimension, item.code())
                        .isEqualTo(item.pass() == null ? "待补充" : item.pass() ? "达到" : "未达到")));
        var primaryProposals = assessed.stages().stream().filter(s -> s.stage() == Stage.PRIMARY).findFirst().orElseThrow()
                .proposals();
        assertThat(page.locator("#proposals-primary tbody tr").count()).isEqualTo(primaryProposals.size());
        for (int i = 0; i < primaryProposals.size(); i++) {
            // thousands separated with the unit; teachers, rooms and books as whole numbers
            var proposal = primaryProposals.get(i);
            boolean whole = proposal.unit().whole() && proposal.total() == Math.rint(proposal.total());
            String expected = new java.text.DecimalFormat(whole ? "#,##0" : "#,##0.##",
                    java.text.DecimalFormatSymbols.getInstance(Locale.ROOT)).format(proposal.total()) + " "
                    + proposal.unit().chineseName();
            assertThat(page.locator("#proposals-primary tbody tr").nth(i).locator("td").nth(2).innerText())
                    .isEqualTo(expected);
        }
        assertThat(page.locator("#trend-table-primary tbody th").allTextContents()).containsExactly("2024", "2025");
        double qualified2025 = assessed.stages().stream().filter(s -> s.stage() == Stage.PRIMARY).findFirst().orElseThrow()
                .indicators().stream().filter(i -> i.code().equals("qualified_teachers_per_100")).findFirst().orElseThrow().cv();
        assertThat(page.locator("#trend-table-primary tbody tr").last().locator("td").first().textContent())
                .isEqualTo(String.format(Locale.ROOT, "%.3f", qualified2025));
        for (String chart : List.of("#coefficients-primary", "#coefficients-junior", "#trend-primary", "#trend-junior")) {
            assertThat(paintedPixels(page, chart)).as(chart).isGreaterThan(1000);
        }
        assertThat(page.locator("a[href*='assessment.xlsx']").count()).isEqualTo(1);
        assertThat(page.locator("a[href*='.pdf']").count()).as("no PDF link before the reports exist").isZero();
        screenshot(page, "county");

        // when the officer opens a school of the county, from the page of the table shown
        String listed = page.locator("#schools-primary tbody tr").first().getAttribute("data-school");
        SchoolStageAssessment school = primary.stream().filter(s -> s.schoolCode().equals(listed)).findFirst().orElseThrow();
        page.locator("#schools-primary a[href*='/schools/" + school.schoolCode() + "']").click();
        page.waitForURL("**/schools/" + school.schoolCode() + "**");

        // then its indicators against the standards are charted, its history has both years, its programmes are listed
        assertThat(page.locator("h1").innerText()).isEqualTo(school.schoolName());
        assertThat(page.locator("#school-indicators td[data-indicator='qualified_teachers_per_100'][data-stage='primary']")
                .innerText()).isEqualTo(String.format(Locale.ROOT, "%.2f", school.values().get("qualified_teachers_per_100")));
        assertThat(paintedPixels(page, "#school-chart")).isGreaterThan(1000);
        assertThat(page.locator("#school-history tbody tr td:first-child").allInnerTexts()).contains("2024", "2025");
        screenshot(page, "school");
    }

    @Test
    void theRegionSwitcherFillsEachListFromTheChoiceBeforeItAndOpensTheChosenSchool() {
        Page page = signedIn();
        Assessment county = assessments.assess(COUNTY, 2025, AssessmentMethod.QUALITY_2017, StageWeights.EQUAL);
        SchoolStageAssessment school = county.schools().get(county.schools().size() - 1);
        assertThat(page.locator("#switch-school option").count()).as("no county chosen yet: no schools").isEqualTo(1);

        // other test classes share this application's database and may have imported other provinces
        choose(page, "#switch-province", PROVINCE);
        choose(page, "#switch-county", COUNTY);
        assertThat(page.locator("#switch-school option[value='" + school.schoolCode() + "']").count()).isEqualTo(1);
        page.selectOption("#switch-school", school.schoolCode());
        page.locator("#switcher button[type=submit]").click();

        page.waitForURL("**/schools/" + school.schoolCode());
        assertThat(page.locator("h1").innerText()).isEqualTo(school.schoolName());
        assertThat(page.locator("#switch-county").inputValue()).isEqualTo(COUNTY);
    }

    @Test
    void aSchoolPageListsTheProgrammesTheSchoolIsIn() {
        Assessment county = assessments.assess(COUNTY, 2025, AssessmentMethod.QUALITY_2017, StageWeights.EQUAL);
        List<String> codes = county.schools().stream().map(SchoolStageAssessment::schoolCode).distinct().limit(2).toList();
        Programme pairing = assistance.createProgramme(new Programme(0, ProgrammeKind.PAIRING, "浏览器测试结对", COUNTY, null,
                LocalDate.of(2025, 9, 1), null, "学科建设", null, List.of(
                new Programme.Participant(codes.get(0), SchoolRole.HELPER),
                new Programme.Participant(codes.get(1), SchoolRole.HELPED)), 0));
        Page page = signedIn();

        page.navigate(url("/schools/" + codes.get(1)));

        assertThat(page.locator("#school-programmes a[href$='/programmes/" + pairing.id() + "']").innerText())
                .isEqualTo("浏览器测试结对");
    }

    @Test
    void aBadFileIsRefusedWithItsErrorsByRowAndColumnAndAGoodOneIsStored() throws IOException {
        Page page = signedIn();
        page.locator("nav a[href='/imports']").click();
        page.waitForURL(url("/imports"));
        screenshot(page, "import");

        // given a statistics file whose second data row has letters for students and an unknown school type
        List<String> lines = Files.readAllLines(demo.resolve("school-stats.csv"), StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(",", -1));
        String[] broken = lines.get(2).split(",", -1);
        broken[header.indexOf("students_primary")] = "很多";
        broken[header.indexOf("school_type")] = "college";
        Path bad = demo.resolve("bad-school-stats.csv");
        Files.writeString(bad, lines.get(0) + "\n" + lines.get(1) + "\n" + String.join(",", broken) + "\n",
                StandardCharsets.UTF_8);

        // when it is uploaded
        page.selectOption("#import-type", "school-stats");
        page.setInputFiles("#import-file", bad);
        page.locator("#import-form button[type=submit]").click();

        // then the errors are listed with row, column and reason, and nothing is stored
        page.locator("#import-rejected").waitFor();
        assertThat(page.locator("#import-rejected .error").innerText()).contains("bad-school-stats.csv").contains("未导入");
        List<String> rows = page.locator("#import-errors tbody tr td:first-child").allInnerTexts();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(2).containsOnly("3");
        List<String> columns = page.locator("#import-errors tbody tr td:nth-child(2)").allInnerTexts();
        assertThat(columns).contains("students_primary", "school_type");
        assertThat(page.locator("#import-errors tbody tr td:nth-child(4)").allInnerTexts()).allMatch(reason -> !reason.isBlank());
        screenshot(page, "import-errors");

        // and a good file is stored with a summary
        page.setInputFiles("#import-file", demo.resolve("school-stats.csv"));
        page.locator("#import-form button[type=submit]").click();
        page.locator("#import-stored").waitFor();
        assertThat(page.locator("#import-stored").innerText()).contains("school-stats.csv")
                .contains(NumberFormat.getInstance(Locale.CHINA).format(lines.size() - 1) + " 行");
        screenshot(page, "import-stored");
    }

    @Test
    void theCountyPageFitsAPhoneScreenWithItsTablesScrollingInsideTheirBoxes() {
        Page page = signedIn();
        page.setViewportSize(390, 844);

        page.navigate(url("/counties/" + COUNTY));

        Object pageWidth = page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) pageWidth).intValue()).isLessThanOrEqualTo(390);
        Object tableWidth = page.evaluate("() => document.querySelector('#schools-primary').scrollWidth");
        assertThat(((Number) tableWidth).intValue()).as("the table is wider than the phone: it scrolls in its box")
                .isGreaterThan(390);
        assertThat(paintedPixels(page, "#coefficients-primary")).isGreaterThan(1000);
        screenshot(page, "county-phone");
    }

    @Test
    void thePagesHaveNoSeriousAccessibilityViolations() {
        Page page = signedIn(true);
        Assessment county = assessments.assess(COUNTY, 2025, AssessmentMethod.QUALITY_2017, StageWeights.EQUAL);
        for (String path : List.of("/", "/provinces/" + PROVINCE, "/counties/" + COUNTY,
                "/schools/" + county.schools().get(0).schoolCode(), "/imports", "/rotation", "/figures", "/programmes",
                "/programmes/new", "/users", "/audit", "/account",
                "/schools/" + county.schools().get(0).schoolCode() + "/needs", "/counties/" + COUNTY + "?lang=en")) {
            page.navigate(url(path));
            assertThat(chromium.seriousAccessibilityViolations(page)).as(path).isEmpty();
        }
    }

    /**
     * Every page of the suite in Chinese speaks Chinese (thirteen of them, a programme with a need among
     * them): no key of an enumeration or indicator
     * ({@code primary}, {@code qualified_teachers_per_100}), no English word, no bare region code
     * where a name belongs. Names and formats that are Latin by nature are allowed.
     */
    @Test
    void everyPageInChineseShowsNamesNotRawCodesOrEnglishWords() {
        Page page = signedIn();
        Assessment county = assessments.assess(COUNTY, 2025, AssessmentMethod.QUALITY_2017, StageWeights.EQUAL);
        List<String> codes = county.schools().stream().map(SchoolStageAssessment::schoolCode).distinct().limit(2).toList();
        Programme pairing = assistance.createProgramme(new Programme(0, ProgrammeKind.PAIRING, "扫描用结对", COUNTY, null,
                LocalDate.of(2025, 9, 1), null, "学科建设", null, List.of(
                new Programme.Participant(codes.get(0), SchoolRole.HELPER),
                new Programme.Participant(codes.get(1), SchoolRole.HELPED)), 0));
        assistance.raiseNeed(pairing.id(), codes.get(1), "math", "课堂教学", "青年教师需要示范课", null);
        Map<String, List<String>> found = new java.util.TreeMap<>();
        for (String path : List.of("/", "/provinces/" + PROVINCE, "/counties/" + COUNTY, "/schools/" + codes.get(0),
                "/imports", "/rotation", "/figures", "/programmes", "/programmes/" + pairing.id(), "/programmes/new",
                "/programmes/" + pairing.id() + "/edit",
                "/schools/" + codes.get(1) + "/needs", "/account", "/users", "/audit")) {
            page.navigate(url(path));
            List<String> raw = Chromium.rawCodesAndEnglishWords(page);
            if (!raw.isEmpty()) {
                found.put(path, raw);
            }
        }
        assertThat(found).as("raw codes or English words on Chinese pages").isEmpty();
    }

    @Test
    void theOfficerSwitchesToEnglishAndBack() {
        Page page = signedIn();
        page.navigate(url("/counties/" + COUNTY));
        assertThat(page.locator("#stage-primary h2").innerText()).startsWith("小学");

        page.locator("#language").click();
        page.waitForLoadState();
        assertThat(page.locator("#stage-primary h2").innerText()).startsWith("Primary");
        assertThat(page.locator("#navigation").innerText()).contains("Programmes").contains("Import");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
        assertThat(paintedPixels(page, "#coefficients-primary")).isGreaterThan(1000);
        screenshot(page, "county-en");

        page.locator("#language").click();
        page.waitForLoadState();
        assertThat(page.locator("#stage-primary h2").innerText()).startsWith("小学");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("zh-CN");
    }

    @Test
    void anOfficerPlansARotationReadsItInChineseWithoutRawCodesAndConfirmsBeforeAccepting() throws IOException {
        try (var in = Files.newInputStream(demo.resolve("teachers.csv"))) {
            assertThat(importer.importFile(ImportType.TEACHERS, in, "teachers.csv", Locale.ENGLISH,
                    org.junheng.importing.ImportProgress.NONE).stored()).isTrue();
        }
        Page page = signedIn(true);
        page.navigate(url("/rotation"));
        assertThat(chromium.seriousAccessibilityViolations(page)).as("/rotation").isEmpty();
        page.selectOption("#county", COUNTY);
        page.locator("#limit").fill("3");
        page.locator("#rotationShare").fill("10");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("编制方案")).click();
        page.waitForURL(address -> address.matches(".*/rotation/\\d+$"));
        // the page refreshes itself while the job solves and may show its first plan by then; a plan is offered for
        // acceptance only once the job has ended
        page.locator("#accept").waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        assertThat(paintedPixels(page, "#coefficient-chart")).isGreaterThan(1000);
        screenshot(page, "rotation-plan");
        assertThat(chromium.seriousAccessibilityViolations(page)).as("the plan page").isEmpty();

        page.locator("#not-compliant-summary").click();
        String text = page.locator("main").innerText();
        assertThat(text).contains("方案满足全部规则").contains("没有学校因交流而不再达标").contains("达标学校")
                .contains("高学历教师").contains("小学").contains("计入 2026 年度评估保障第 11 项")
                .contains("交流后仍未达标的学校").containsPattern("交流后仍有 [0-9]+ 所未达标：其中 [0-9]+ 所受校舍");
        assertThat(page.locator("#not-compliant tbody tr").allInnerTexts()).isNotEmpty()
                .allSatisfy(row -> assertThat(row).containsPattern(" \\+[0-9][0-9,.]* (人|平方米|元|间|台)")
                        .containsPattern("(能：再有 [0-9]+ 名教师|不能：)"));
        assertThat(text).doesNotContainPattern("\\bprimary\\b|\\bjunior\\b|_per_100|\\d+hard/|soft\\b")
                .doesNotContainPattern("\\b[a-z]+_[a-z_]+\\b")
                .doesNotContainPattern("(?<![0-9A-Za-z])[0-9]{10}(?![0-9])");

        String reason = page.locator("#filter-reason option").nth(1).innerText();
        page.selectOption("#filter-reason", new com.microsoft.playwright.options.SelectOption().setLabel(reason));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("筛选")).click();
        page.waitForLoadState();
        assertThat(page.locator("#moves tbody tr").count()).isBetween(1, 50);
        assertThat(page.locator("#moves tbody tr td:nth-child(6)").allInnerTexts()).allSatisfy(r -> assertThat(r).contains(reason));

        page.locator("#accept").click();
        page.waitForURL(address -> address.endsWith("/accept"));
        assertThat(page.locator("h1").innerText()).startsWith("确认采纳");
        assertThat(page.locator("#accept-what").innerText()).contains("2026–2027 学年").contains("不能撤销");
        screenshot(page, "rotation-accept");
        assertThat(chromium.seriousAccessibilityViolations(page)).as("the accept page").isEmpty();
        assertThat(Chromium.rawCodesAndEnglishWords(page)).as("the accept page").isEmpty();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认采纳")).click();
        page.waitForURL(address -> address.contains("/programmes/"));
    }

    /** The rows of the primary school table are these school-stages, each with the engine's values and standing. */
    private static void checkRows(Page page, List<SchoolStageAssessment> shown) {
        assertThat(page.locator("#schools-primary tbody tr").count()).isEqualTo(shown.size());
        for (SchoolStageAssessment school : shown) {
            Locator row = page.locator("#schools-primary tr[data-school='" + school.schoolCode() + "']");
            assertThat(row.locator("td").first().innerText()).isEqualTo(school.schoolCode());
            for (Indicator indicator : AssessmentMethod.QUALITY_2017.indicators()) {
                Locator cell = row.locator("td[data-indicator='" + indicator.code() + "']");
                assertThat(cell.innerText()).as("%s %s", school.schoolName(), indicator.code())
                        .isEqualTo(String.format(Locale.ROOT, "%.2f", school.values().get(indicator.code())));
                assertThat(cell.getAttribute("class")).isEqualTo("value " + expectedStanding(school, indicator));
            }
            assertThat(row.locator("td").nth(9).innerText()).isEqualTo(Boolean.TRUE.equals(school.compliant()) ? "是" : "否");
        }
    }

    /** Chooses in a switcher list and waits until htmx has swapped in the lists that follow from the choice. */
    private static void choose(Page page, String list, String value) {
        page.waitForResponse(response -> response.url().contains("/switcher"), () -> page.selectOption(list, value));
        page.waitForFunction("() => !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')");
        assertThat(page.locator(list).inputValue()).isEqualTo(value);
    }

    /** Meets the standard, within 85% of it, or below: decided here from the engine's value and the standard. */
    private static String expectedStanding(SchoolStageAssessment school, Indicator indicator) {
        if (Boolean.TRUE.equals(school.passes().get(indicator.code()))) {
            return "meets";
        }
        double standard = indicator.standard(school.stage()).orElseThrow().doubleValue();
        return school.values().get(indicator.code()) >= 0.85 * standard ? "near" : "below";
    }

    /** How many pixels the chart's canvases have painted (not transparent). */
    private static int paintedPixels(Page page, String chart) {
        page.locator(chart + " canvas").first().waitFor();
        Object painted = page.locator(chart).evaluate("element => Array.from(element.querySelectorAll('canvas'))"
                + ".map(canvas => { const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;"
                + " let n = 0; for (let i = 3; i < data.length; i += 4) { if (data[i] > 0) n++; } return n; })"
                + ".reduce((a, b) => a + b, 0)");
        return ((Number) painted).intValue();
    }

    private static void screenshot(Page page, String name) {
        Chromium.screenshot(page, name);
    }

    private String url(String path) {
        return chromium.url(path);
    }
}
