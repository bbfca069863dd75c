package org.junheng.web;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junheng.Browser;
import org.junheng.DemoImport;
import org.junheng.IntegrationTest;
import org.junheng.assistance.Activity;
import org.junheng.assistance.ActivityKind;
import org.junheng.assistance.Assistance;
import org.junheng.assistance.Need;
import org.junheng.assistance.NeedState;
import org.junheng.assistance.Outcome;
import org.junheng.assistance.OutcomeKind;
import org.junheng.assistance.OutcomeLevel;
import org.junheng.assistance.Programme;
import org.junheng.assistance.ProgrammeKind;
import org.junheng.assistance.SchoolRole;
import org.junheng.importing.ImportType;
import org.junheng.importing.Importer;
import org.junheng.registry.Registry;
import org.junheng.registry.School;
import org.junheng.registry.SchoolQuery;
import org.junheng.registry.SchoolType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The programme pages through a browser's eyes: browse, record with the forms, move a need on, switch language. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammePagesIT {

    private static final String COUNTY = "990121";

    @LocalServerPort
    int port;

    @Autowired
    Importer importer;

    @Autowired
    Assistance assistance;

    @Autowired
    Registry registry;

    Programme pairing;
    String helped;

    @BeforeAll
    void importACountyAndSetUpAPairing(@TempDir Path demo) throws Exception {
        DemoImport.importDemo(importer, demo, 1, ImportType.REGIONS, ImportType.SCHOOL_STATS);
        List<School> schools = registry.findSchools(new SchoolQuery(COUNTY, SchoolType.PRIMARY, null), 0, 2).content();
        helped = schools.get(1).code();
        pairing = assistance.createProgramme(new Programme(0, ProgrammeKind.PAIRING, "页面结对帮扶", COUNTY, null,
                LocalDate.of(2025, 9, 1), null, "薄弱学科建设", null, List.of(new Programme.Participant(schools.get(0).code(),
                SchoolRole.HELPER), new Programme.Participant(helped, SchoolRole.HELPED)), 0));
    }

    @Test
    void anOfficerRecordsAnActivityWithTheFormAndSeesItCountedOnTheProgrammePage() throws Exception {
        Browser admin = new Browser(port).signIn("admin", IntegrationTest.ADMIN_PASSWORD);
        assertThat(admin.get("/programmes").body()).contains("页面结对帮扶").contains("结对帮扶");
        String page = "/programmes/" + pairing.id();
        admin.get(page);

        HttpResponse<String> saved = admin.post(page + "/activities", Map.of("kind", "demonstration_lesson",
                "heldOn", "2025-10-15", "schoolCode", helped, "experts", "2", "teachersReached", "31",
                "studentsReached", "45", "hours", "2", "rating", "5", "feedback", "示范课很有启发"));

        assertThat(saved.statusCode()).isEqualTo(302);
        String after = admin.get(page).body();
        assertThat(after).contains("已保存").contains("示范课").contains(">31<");
        assertThat(assistance.summary(pairing.id()).teachersReached()).isEqualTo(31);
    }

    @Test
    void anOutcomeRecordedInErrorIsCorrectedThenWithdrawnAtItsVersionAndAStaleWithdrawalIsRefused() throws Exception {
        Outcome recorded = assistance.recordOutcome(new Outcome(0, pairing.id(), OutcomeKind.HONOUR, OutcomeLevel.COUNTY,
                "县级骨干教师（误录）", helped, null, LocalDate.of(2025, 12, 1), 0));
        Browser admin = new Browser(port).signIn("admin", IntegrationTest.ADMIN_PASSWORD);
        String edit = "/outcomes/" + recorded.id() + "/edit";
        assertThat(admin.get(edit).body()).contains("县级骨干教师（误录）").contains("撤回这条记录");

        HttpResponse<String> corrected = admin.post("/outcomes/" + recorded.id(), Map.of("kind", "honour", "level", "city",
                "title", "市级骨干教师", "schoolCode", helped, "achievedOn", "2025-12-01", "version", "0"));
        assertThat(admin.get("/programmes/" + pairing.id()).body()).contains("已保存").contains("市级骨干教师");
        HttpResponse<String> stale = admin.post("/outcomes/" + recorded.id() + "/withdraw", Map.of("version", "0"));

        assertThat(corrected.statusCode()).isEqualTo(302);
        assertThat(assistance.outcome(recorded.id()).orElseThrow().title()).isEqualTo("市级骨干教师");
        assertThat(stale.statusCode()).isEqualTo(302);
        assertThat(admin.get("/programmes/" + pairing.id()).body()).contains("请刷新页面");
        assertThat(assistance.outcome(recorded.id())).isPresent();

        admin.post("/outcomes/" + recorded.id() + "/withdraw", Map.of("version", "1"));

        assertThat(assistance.outcome(recorded.id())).isEmpty();
        assertThat(admin.get("/audit?entity=outcome").body()).contains("撤回");
    }

    @Test
    void aRefusedPlacementComesBackAsTypedWithItsFormOpen() throws Exception {
        Browser admin = new Browser(port).signIn("admin", IntegrationTest.ADMIN_PASSWORD);
        String page = "/programmes/" + pairing.id();
        admin.get(page);

        admin.post(page + "/placements", Map.of("form", "placement", "kind", "shadowing", "person", "跟岗教师丁",
                "toSchool", helped, "startDate", "2025-11-01", "endDate", "2025-10-01", "batch", "2"));

        String back = admin.get(page).body();
        assertThat(back).contains("结束日期 — ").contains("value=\"跟岗教师丁\"").contains("value=\"2025-11-01\"")
                .contains("value=\"2025-10-01\"").contains("value=\"2\"")
                .contains("value=\"shadowing\" selected=\"selected\"");
        assertThat(back).containsPattern("<details open=\"open\">\\s*<summary>添加派驻</summary>");
    }

    @Test
    void aSchoolAccountCannotRecordAnActivityOfAnotherSchoolWithTheForm() throws Exception {
        String helper = pairing.schools().stream().map(Programme.Participant::schoolCode).filter(c -> !c.equals(helped))
                .findFirst().orElseThrow();
        RestTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth("admin", IntegrationTest.ADMIN_PASSWORD)).build()
                .post().uri("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", "page-school-admin", "password", "school-page-pass-2026", "role", "school_admin",
                        "school", helper)).exchange().expectStatus().isCreated();
        Browser school = new Browser(port).signIn("page-school-admin", "school-page-pass-2026");
        String page = "/programmes/" + pairing.id();
        school.get(page);
        long before = assistance.summary(pairing.id()).teachersReached();

        HttpResponse<String> refused = school.post(page + "/activities", Map.of("kind", "demonstration_lesson",
                "heldOn", "2025-10-16", "schoolCode", helped, "experts", "1", "teachersReached", "500",
                "studentsReached", "0", "hours", "1"));

        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(school.get(page).body()).contains("学校账户只能填写本校的记录");
        assertThat(assistance.summary(pairing.id()).teachersReached()).isEqualTo(before);
    }

    @Test
    void theHelpedSchoolsRatingAndFeedbackAreAddedToAnActivityLaterAndAStaleFormIsRefused() throws Exception {
        Activity activity = assistance.record(new Activity(0, pairing.id(), ActivityKind.LECTURE, LocalDate.of(2025, 10, 20),
                helped, null, null, null, 1, 25, 0, BigDecimal.valueOf(2), null, null, null, 0));
        Browser admin = new Browser(port).signIn("admin", IntegrationTest.ADMIN_PASSWORD);
        String form = admin.get("/activities/" + activity.id() + "/edit").body();
        assertThat(form).contains("name=\"version\" value=\"0\"");
        Map<String, String> fields = new java.util.HashMap<>(Map.of("version", "0", "kind", "lecture", "heldOn", "2025-10-20",
                "schoolCode", helped, "experts", "1", "teachersReached", "25", "studentsReached", "0", "hours", "2",
                "rating", "4", "feedback", "讲座内容贴近课堂"));

        admin.post("/activities/" + activity.id(), fields);
        assertThat(admin.get("/programmes/" + pairing.id()).body()).contains("已保存").contains("讲座内容贴近课堂");
        fields.put("feedback", "被覆盖的旧表单");
        admin.post("/activities/" + activity.id(), fields);

        Activity stored = assistance.activity(activity.id()).orElseThrow();
        assertThat(stored.rating()).isEqualTo(4);
        assertThat(stored.feedback()).isEqualTo("讲座内容贴近课堂");
        assertThat(admin.get("/programmes/" + pairing.id()).body()).contains("未能保存：版本 — 这条记录在您打开后已被修改");
    }

    @Test
    void aRefusedFormSaysWhichFieldIsWrongAndStoresNothing() throws Exception {
        Browser admin = new Browser(port).signIn("admin", IntegrationTest.ADMIN_PASSWORD);
        String page = "/programmes/" + pairing.id();
        admin.get(page);
        int before = assistance.placements(pairing.id()).size();

        admin.post(page + "/placements", Map.of("kind", "support_teaching", "person", "支教教师", "toSchool", helped,
                "startDate", "2025-10-01", "endDate", "2025-09-01", "batch", "1"));

        assertThat(admin.get(page).body()).contains("未能保存：结束日期 — 结束日期早于开始日期");
        assertThat(assistance.placements(pairing.id())).hasSize(before);
    }

    @Test
    void aNeedIsMovedOnFromItsBoardAndTheSchoolBoardShowsIt() throws Exception {
        Need need = assistance.raiseNeed(pairing.id(), helped, "math", "teaching", "青年教师需要示范课", null);
        Browser admin = new Browser(port).signIn("admin", IntegrationTest.ADMIN_PASSWORD);
        admin.get("/programmes/" + pairing.id());

        admin.post("/needs/" + need.id() + "/next", Map.of("version", String.valueOf(need.version())));

        assertThat(assistance.need(need.id()).orElseThrow().state()).isEqualTo(NeedState.PLANNED);
        String board = admin.get("/schools/" + helped + "/needs").body();
        assertThat(board).contains("青年教师需要示范课").contains("已计划");
    }

    @Test
    void theProgrammePageIsAvailableInEnglish() throws Exception {
        Browser admin = new Browser(port).signIn("admin", IntegrationTest.ADMIN_PASSWORD);

        String page = admin.get("/programmes/" + pairing.id() + "?lang=en").body();

        assertThat(page).contains("<html lang=\"en\"").contains("Needs board").contains("Helped schools").contains("pairing");
    }

    @Test
    void theRegionsFiguresAreAPageWithAPeriodAndEachCountysFiguresAddUpToTheRegions() throws Exception {
        Browser admin = new Browser(port).signIn("admin", IntegrationTest.ADMIN_PASSWORD);
        assertThat(admin.get("/programmes").body()).contains("帮扶数据汇总");

        String page = admin.get("/figures?region=990000&from=2025-01-01&to=2026-12-31").body();

        assertThat(page).contains("帮扶数据汇总").contains("id=\"by-county\"").contains("value=\"2025-01-01\"")
                .contains("每条记录计入其发生学校所在地");
        var expected = assistance.regionSummary("990000", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31));
        String total = page.replaceAll("(?s).*<th>合计</th><td>(\\d+)</td>.*", "$1");
        assertThat(Long.parseLong(total)).isEqualTo(expected.visits());
        long counties = java.util.regex.Pattern.compile("figures\\?region=(\\d{6})&amp;from=2025-01-01&amp;to=2026-12-31\">[^<]+</a></td>\\s*<td>(\\d+)</td>")
                .matcher(page).results().mapToLong(m -> Long.parseLong(m.group(2))).sum();
        assertThat(counties).isEqualTo(expected.visits());
        assertThat(admin.get("/figures?region=" + COUNTY + "&lang=en").body()).contains("Assistance figures of")
                .doesNotContain("id=\"by-county\"");
    }
}
