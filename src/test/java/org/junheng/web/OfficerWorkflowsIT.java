package org.junheng.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junheng.DemoImport;
import org.junheng.IntegrationTest;
import org.junheng.Publications;
import org.junheng.assessment.AssessmentMethod;
import org.junheng.assessment.AssessmentService;
import org.junheng.assessment.CountyAssessment;
import org.junheng.importing.ImportType;
import org.junheng.importing.Importer;
import org.junheng.registry.Registry;
import org.junheng.registry.School;
import org.junheng.registry.SchoolQuery;
import org.junheng.registry.SchoolType;
import org.junheng.security.UserAccounts;
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
 * The work of a bureau done in Chromium, page by page as a person does it: a county officer sets up a
 * pairing and runs it (schools picked by name, an activity with its evidence, a need carried through to
 * confirmed, a placement corrected, a member added); an administrator creates a county officer and a
 * school account with the pickers. Every page met passes the accessibility audit and, in Chinese, shows
 * no raw code or English word; each is saved as a screenshot.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisabledIfSystemProperty(named = "junheng.test.database", matches = "postgresql")
class OfficerWorkflowsIT {

    private static final String PROVINCE = "990000";
    private static final String COUNTY = "990121";
    private static final String OFFICER = "workflow-officer";
    private static final String PASSWORD = "Qingling-county-2026!";

    @LocalServerPort
    int port;

    @Autowired
    Importer importer;

    @Autowired
    Registry registry;

    @Autowired
    AssessmentService assessments;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    Chromium chromium;
    List<School> schools;
    /** What each page met showed that it should not: serious accessibility violations, raw codes. */
    final Map<String, List<String>> faults = new TreeMap<>();

    @BeforeAll
    void importTheDemoCountiesAndStartChromium(@org.junit.jupiter.api.io.TempDir Path demo) throws IOException {
        DemoImport.importDemo(importer, demo, 2, ImportType.REGIONS, ImportType.SCHOOL_STATS);
        Publications.awaitSettled(jdbc);
        schools = registry.findSchools(new SchoolQuery(COUNTY, SchoolType.PRIMARY, null), 0, 4).content();
        if (accounts.find(OFFICER).isEmpty()) {
            accounts.create(OFFICER, PASSWORD, "county_officer", COUNTY, null);
        }
        chromium = Chromium.start(port);
    }

    @AfterAll
    void closeChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @org.junit.jupiter.api.BeforeEach
    void nothingFoundYet() {
        faults.clear();
    }

    @Test
    void aCountyOfficerSetsUpAPairingAndRunsItFromThePages(@org.junit.jupiter.api.io.TempDir Path files) throws IOException {
        Page page = chromium.signedIn(OFFICER, PASSWORD, true);
        School helper = schools.get(0);
        School helped = schools.get(1);
        School third = schools.get(2);

        // sets up a pairing, picking the two schools by typing their names
        page.navigate(chromium.url("/programmes"));
        page.locator("#new-programme").click();
        page.waitForURL(address -> address.endsWith("/programmes/new"));
        page.selectOption("#programme-kind", "pairing");
        page.locator("#programme-name").fill("城乡学校结对（浏览器）");
        page.locator("#programme-start").fill("2025-09-01");
        pickSchool(page, "#school-0", helper);
        page.selectOption("#role-0", "helper");
        pickSchool(page, "#school-1", helped);
        page.selectOption("#role-1", "helped");
        audit(page, "programme-new");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
        page.waitForURL(address -> address.matches(".*/programmes/\\d+/edit$"));
        assertThat(page.locator("[role=status]").innerText()).isEqualTo("已保存");
        assertThat(page.locator("#programme-schools tbody").innerText()).contains(helper.name()).contains(helped.name())
                .contains("帮扶校").contains("受援校");

        // a school nobody has registered is refused in words, and what was typed stays in the box
        page.locator("#add-school-name").fill("没有这所学校");
        submit(page, "#add-school-name");
        assertThat(page.locator("[role=alert]").innerText()).contains("参与学校").contains("没有这所学校").contains("未登记");
        assertThat(page.locator("#add-school-name").inputValue()).isEqualTo("没有这所学校");

        // adds a third school by name
        pickSchool(page, "#add-school-name", third);
        page.selectOption("#add-school-role", "helped");
        submit(page, "#add-school-name");
        assertThat(page.locator("#programme-schools tbody tr").count()).isEqualTo(3);
        audit(page, "programme-edit");
        String programmePath = page.url().replaceAll("^.*(/programmes/\\d+)/edit$", "$1");

        // records an activity at the helped school and attaches its minutes
        page.navigate(chromium.url(programmePath));
        page.locator("summary", new Page.LocatorOptions().setHasText("记录活动")).click();
        page.selectOption("#activity-kind", "demonstration_lesson");
        page.locator("#activity-date").fill("2025-10-15");
        page.selectOption("#activity-school", helped.code());
        page.locator("#activity-teachers").fill("12");
        submit(page, "#activity-date");
        assertThat(page.locator("#activities tbody tr").count()).isEqualTo(1);
        Path minutes = files.resolve("示范课纪要.pdf");
        Files.write(minutes, "%PDF-1.4\n% 示范课纪要\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
        page.locator("summary", new Page.LocatorOptions().setHasText("上传佐证材料")).click();
        page.setInputFiles("#evidence-file", minutes);
        submit(page, "#evidence-file");
        assertThat(page.locator("#evidence").innerText()).contains("示范课纪要.pdf").contains("示范课");

        // raises a need and carries it through to confirmed by the helped school
        page.locator("summary", new Page.LocatorOptions().setHasText("提出需求")).click();
        page.selectOption("#need-school", helped.code());
        page.locator("#need-category").fill("课堂教学");
        page.locator("#need-description").fill("青年教师需要数学示范课");
        submit(page, "#need-description");
        for (int step = 0; step < 3; step++) {
            Locator next = page.locator(".board article", new Page.LocatorOptions().setHasText("青年教师需要数学示范课"))
                    .getByRole(AriaRole.BUTTON);
            afterReload(page, next::click);
        }
        assertThat(page.locator(".board section[aria-label='受援校已确认']").innerText()).contains("青年教师需要数学示范课");

        // places a teacher from the helper school, picked by name, then corrects the placement's end
        page.locator("summary", new Page.LocatorOptions().setHasText("添加派驻")).click();
        page.selectOption("#placement-kind", "support_teaching");
        page.locator("#placement-person").fill("支教教师甲");
        pickSchool(page, "#placement-from", helper);
        page.selectOption("#placement-to", helped.code());
        page.locator("#placement-start").fill("2025-09-01");
        page.locator("#placement-end").fill("2026-01-31");
        submit(page, "#placement-person");
        assertThat(page.locator("#placements tbody").innerText()).contains("支教教师甲").contains("2026-01-31");
        page.locator("#placements tbody tr", new Page.LocatorOptions().setHasText("支教教师甲"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("修改")).click();
        page.waitForURL(address -> address.endsWith("/edit"));
        assertThat(page.locator("#placement-from").inputValue()).startsWith(helper.name());
        audit(page, "placement-edit");
        page.locator("#placement-end").fill("2026-07-10");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
        page.waitForURL(address -> address.endsWith(programmePath));
        assertThat(page.locator("#placements tbody").innerText()).contains("2026-07-10").doesNotContain("2026-01-31");

        // adds a teaching researcher as the programme's expert
        page.locator("summary", new Page.LocatorOptions().setHasText("添加项目成员")).click();
        page.locator("#member-name").fill("王教研员");
        page.selectOption("#member-kind", "researcher");
        page.selectOption("#member-role", "expert");
        submit(page, "#member-name");
        assertThat(page.locator("#members tbody").innerText()).contains("王教研员").contains("教研员").contains("专家");
        audit(page, "programme-run");

        // and each of these changes is on the audit trail, in words
        page.navigate(chromium.url("/audit"));
        String trail = page.locator("main").innerText();
        assertThat(trail).contains("帮扶项目").contains("帮扶活动").contains("佐证材料").contains("人员派驻").contains("项目成员")
                .contains("修改");
        audit(page, "programme-audit");
        assertThat(faults).as("accessibility violations or raw codes on the pages met").isEmpty();
    }

    @Test
    void anAdministratorCreatesACountyOfficerAndASchoolAccountWithThePickers() {
        Page page = chromium.signedIn("admin", IntegrationTest.ADMIN_PASSWORD, true);
        page.navigate(chromium.url("/users"));

        // a county officer without a county is refused in words, and the form keeps what was typed
        page.locator("#username").fill("picked-officer");
        page.locator("#password").fill(PASSWORD);
        page.selectOption("#role", "county_officer");
        submit(page, "#username");
        assertThat(page.locator("[role=alert]").innerText()).contains("区划").contains("县级管理员选县");
        assertThat(page.locator("#username").inputValue()).isEqualTo("picked-officer");

        // the county chosen from the list of names
        page.locator("#password").fill(PASSWORD);
        page.selectOption("#region", COUNTY);
        submit(page, "#username");
        assertThat(page.locator("[role=status]").innerText()).contains("picked-officer");
        Locator officerRow = page.locator("tr", new Page.LocatorOptions().setHasText("picked-officer"));
        assertThat(officerRow.innerText()).contains("县级管理员").contains("青岭县").doesNotContain(COUNTY);

        // a school account: the county, then the school by its name
        School school = schools.get(3);
        page.locator("#username").fill("picked-school");
        page.locator("#password").fill(PASSWORD);
        page.selectOption("#role", "school_admin");
        page.selectOption("#region", COUNTY);
        pickSchool(page, "#school", school);
        submit(page, "#username");
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("picked-school")).innerText())
                .contains("学校管理员").contains(school.name());
        audit(page, "users-created");
        assertThat(faults).as("accessibility violations or raw codes on the pages met").isEmpty();
    }

    @Test
    void aProvinceOfficerReadsTheDashboardAndOpensTheCountyFurthestFromTheStandard() {
        if (accounts.find("dashboard-province").isEmpty()) {
            accounts.create("dashboard-province", PASSWORD, "province_officer", PROVINCE, null);
        }
        int year = assessments.latestYear().orElseThrow();
        List<CountyAssessment> counties = assessments.assess(PROVINCE, year, AssessmentMethod.QUALITY_2017, null).counties();
        Page page = chromium.signedIn("dashboard-province", PASSWORD, true);

        assertThat(page.locator("#home-counties").innerText()).isEqualTo(String.valueOf(counties.size()));
        assertThat(page.locator("#home-met").innerText())
                .isEqualTo(String.valueOf(counties.stream().filter(c -> c.verdict().key().equals("met")).count()));
        long failingResources = counties.stream().filter(c -> !c.resourcePass()).count();
        assertThat(page.locator("#home-dimensions tbody tr").first().innerText()).contains("资源配置")
                .endsWith(String.valueOf(failingResources));
        audit(page, "home-province");

        // the first county listed fails at least as many dimensions as any county
        Locator first = page.locator("#home-furthest tbody tr").first();
        String name = first.locator("th a").innerText();
        CountyAssessment worst = counties.stream().filter(c -> c.countyName().equals(name)).findFirst().orElseThrow();
        assertThat(worst.verdict().key()).isNotEqualTo("met");
        assertThat(dimensionsFailed(worst)).isEqualTo(counties.stream().mapToLong(OfficerWorkflowsIT::dimensionsFailed).max()
                .orElseThrow());
        first.locator("th a").click();
        page.waitForURL(address -> address.endsWith("/counties/" + worst.countyCode()));
        assertThat(page.locator("h1").innerText()).isEqualTo(name);
        assertThat(faults).as("accessibility violations or raw codes on the pages met").isEmpty();
    }

    @Test
    void aCountyOfficersHomeShowsTheVerdictAndCountsTheSchoolStagesBelowTheSchoolRule() {
        int year = assessments.latestYear().orElseThrow();
        var assessment = assessments.assess(COUNTY, year, AssessmentMethod.QUALITY_2017, null);
        long below = assessment.schools().stream()
                .filter(s -> s.excluded() == null && Boolean.FALSE.equals(s.compliant())).count();
        Page page = chromium.signedIn(OFFICER, PASSWORD, true);

        assertThat(page.locator("#home-verdict").innerText()).isEqualTo(switch (assessment.counties().get(0).verdict().key()) {
            case "met" -> "达到优质均衡";
            case "not_met" -> "未达到优质均衡";
            default -> "待补充县域事实";
        });
        assertThat(page.locator("#home-assessment h3").innerText()).contains("共 " + below + " 所·学段");
        assertThat(page.locator("#home-failing-schools tbody tr").count()).isEqualTo((int) Math.min(below, 8));
        audit(page, "home-county");
        assertThat(faults).as("accessibility violations or raw codes on the pages met").isEmpty();
    }

    private static long dimensionsFailed(CountyAssessment county) {
        return (county.resourcePass() ? 0 : 1)
                + java.util.stream.Stream.of(county.guarantee(), county.quality(), county.recognition(), county.veto())
                .filter(d -> d != null && Boolean.FALSE.equals(d.pass())).count();
    }

    /** Submits the form of this field and waits until the page it leads to has loaded. */
    private static void submit(Page page, String fieldOfTheForm) {
        afterReload(page, () -> page.locator(fieldOfTheForm).evaluate("e => e.form.requestSubmit()"));
    }

    private static void afterReload(Page page, Runnable action) {
        page.evaluate("() => { window.stillTheSamePage = true; }");
        action.run();
        page.waitForFunction("() => !window.stillTheSamePage");
        page.waitForLoadState();
    }

    /**
     * Types a school's name as a person does, waits for the picker to offer it, and takes the offer: the
     * name, or the name with the code where another school of the county has the same name.
     */
    private static String pickSchool(Page page, String input, School school) {
        Locator box = page.locator(input);
        box.fill("");
        page.waitForResponse(response -> response.url().contains("/picker/schools"), () -> box.pressSequentially(school.name()));
        String list = box.getAttribute("list");
        Object offered = page.waitForFunction("([list, code]) => { const o = Array.from(document.getElementById(list).options)"
                + ".find(o => o.label === code); return o ? o.value : null; }", List.of(list, school.code())).jsonValue();
        assertThat((String) offered).startsWith(school.name());
        box.fill((String) offered);
        return (String) offered;
    }

    /** Saves the page as a screenshot and notes what it shows that it should not. */
    private void audit(Page page, String name) {
        Chromium.screenshot(page, name);
        List<String> wrong = new java.util.ArrayList<>(chromium.seriousAccessibilityViolations(page));
        wrong.addAll(Chromium.rawCodesAndEnglishWords(page));
        if (!wrong.isEmpty()) {
            faults.put(name, wrong);
        }
    }
}
