package org.junheng.security;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junheng.DemoImport;
import org.junheng.IntegrationTest;
import org.junheng.assessment.Assessment;
import org.junheng.assessment.AssessmentMethod;
import org.junheng.assessment.AssessmentService;
import org.junheng.assessment.StageWeights;
import org.junheng.assistance.Activity;
import org.junheng.assistance.ActivityKind;
import org.junheng.assistance.Assistance;
import org.junheng.assistance.Evidence;
import org.junheng.assistance.Need;
import org.junheng.assistance.Organisation;
import org.junheng.assistance.OrganisationKind;
import org.junheng.assistance.Outcome;
import org.junheng.assistance.OutcomeKind;
import org.junheng.assistance.OutcomeLevel;
import org.junheng.assistance.People;
import org.junheng.assistance.Person;
import org.junheng.assistance.PersonKind;
import org.junheng.assistance.Placement;
import org.junheng.assistance.PlacementKind;
import org.junheng.assistance.Programme;
import org.junheng.assistance.ProgrammeKind;
import org.junheng.assistance.SchoolRole;
import org.junheng.assistance.Studio;
import org.junheng.assistance.StudioKind;
import org.junheng.assistance.Studios;
import org.junheng.rotation.PlanEffect;
import org.junheng.rotation.PlannedMove;
import org.junheng.rotation.Quotas;
import org.junheng.rotation.RotationPlan;
import org.junheng.rotation.RotationPlanJson;
import org.junheng.importing.ImportType;
import org.junheng.importing.Importer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junheng.Uploads.file;
import static org.junheng.Uploads.upload;

/**
 * Every API endpoint the application maps × every role × a record inside and outside the caller's
 * scope, against the answer the rules promise. The endpoints come from the application's own
 * mapping registry: a new endpoint fails this test until it is given a sample request here.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT {

    private static final String A = "990121";
    private static final String B = "990122";
    private static final String PROVINCE = "990000";
    private static final String CITY_OF_A = "990100";
    private static final String UNREGISTERED = "970000";
    /**
     * Writes about county A that reach into county B: records of B's school in a province programme
     * of both, a programme of A naming B's school, a person of A re-homed to the province, an import
     * under A's code of B's school.
     */
    private static final String CROSS = "A→B";
    private static final String PASSWORD = "matrix-pass-2025";

    /** Who calls: a user name (null for nobody signed in) and the role's promises. */
    private record Caller(String user, String role, boolean seesB) {
    }

    /** A request to one endpoint, about county A (inside the scope of the A-bound callers) or B (outside). */
    private record Sample(HttpMethod method, String uri, Object body, MediaType type, String ifMatch) {

        Sample(HttpMethod method, String uri, Object body, MediaType type) {
            this(method, uri, body, type, null);
        }
    }

    @Autowired
    Importer importer;

    @Autowired
    Assistance assistance;

    @Autowired
    Evidence evidence;

    @Autowired
    People people;

    @Autowired
    ApiTokens tokens;

    @Autowired
    org.junheng.assessment.ProvinceProfiles profiles;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AssessmentService assessments;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    Studios studios;

    @LocalServerPort
    int port;

    /** Teachers of a school of the county whose roster no sample replaces (records of teachers, not of the own school). */
    private String teacherOf(String county, boolean first) {
        return jdbc.queryForObject("SELECT " + (first ? "MIN" : "MAX") + "(teacher_id) FROM teacher WHERE school_code = ?",
                String.class, nthSchool(county, "junior", 2));
    }

    final Map<String, String> schoolOf = new HashMap<>();
    final Map<String, String> helperOf = new HashMap<>();
    final Map<String, Long> programmeOf = new HashMap<>();
    final Map<String, Long> activityOf = new HashMap<>();
    final Map<String, Long> needOf = new HashMap<>();
    final Map<String, Long> placementOf = new HashMap<>();
    final Map<String, Long> outcomeOf = new HashMap<>();
    final Map<String, Long> evidenceOf = new HashMap<>();
    final Map<String, Long> organisationOf = new HashMap<>();
    final Map<String, Long> personOf = new HashMap<>();
    final Map<String, Long> studioOf = new HashMap<>();
    final List<String> spareSchools = new ArrayList<>();
    List<Caller> callers;

    @BeforeAll
    void importTwoCountiesAndCreateOneUserPerRole(@TempDir Path demo) throws Exception {
        DemoImport.importDemo(importer, demo, 2, ImportType.REGIONS, ImportType.SCHOOL_STATS, ImportType.TEACHERS);
        for (String county : List.of(A, B)) {
            schoolOf.put(county, firstSchool(county, "primary"));
            helperOf.put(county, firstSchool(county, "junior"));
            long programme = assistance.createProgramme(pairing(county)).id();
            programmeOf.put(county, programme);
            activityOf.put(county, assistance.record(new Activity(0, programme, ActivityKind.LECTURE, LocalDate.of(2025, 10, 9),
                    schoolOf.get(county), null, null, null, 1, 20, 0, BigDecimal.ONE, null, null, null, 0)).id());
            evidenceOf.put(county, evidence.attach(activityOf.get(county), "minutes.pdf",
                    new ByteArrayInputStream("%PDF-1.7 座谈会纪要".getBytes(UTF_8))).id());
            organisationOf.put(county, people.register(new Organisation(0, "县教师发展中心 " + county,
                    OrganisationKind.TRAINING_INSTITUTION, county, 0)).id());
            personOf.put(county, people.register(new Person(0, "教研员" + county, PersonKind.RESEARCHER, "数学教研员",
                    organisationOf.get(county), county, 0)).id());
            needOf.put(county, assistance.raiseNeed(programme, schoolOf.get(county), null, "teaching", "示范课", null).id());
            placementOf.put(county, assistance.place(new Placement(0, programme, PlacementKind.SUPPORT_TEACHING, "支教教师",
                    helperOf.get(county), schoolOf.get(county), LocalDate.of(2025, 9, 1), LocalDate.of(2026, 1, 20), 1, 0)).id());
            outcomeOf.put(county, assistance.recordOutcome(new Outcome(0, programme, OutcomeKind.STUDIO, OutcomeLevel.COUNTY,
                    "名师工作室", schoolOf.get(county), null, LocalDate.of(2025, 12, 1), 0)).id());
            studioOf.put(county, studios.setUp(new Studio(0, "名师工作室 " + county, StudioKind.FAMOUS_TEACHER,
                    OutcomeLevel.COUNTY, schoolOf.get(county), null, false, null, LocalDate.of(2025, 12, 1), 0)).id());
        }
        Programme shared = assistance.createProgramme(new Programme(0, ProgrammeKind.GROUP, "省级帮扶共同体", PROVINCE, null,
                LocalDate.of(2025, 9, 1), null, null, null, List.of(new Programme.Participant(helperOf.get(A), SchoolRole.HELPER),
                new Programme.Participant(helperOf.get(B), SchoolRole.HELPER),
                new Programme.Participant(schoolOf.get(A), SchoolRole.HELPED),
                new Programme.Participant(schoolOf.get(B), SchoolRole.HELPED)), 0));
        programmeOf.put(CROSS, shared.id());
        schoolOf.put(CROSS, schoolOf.get(B));
        helperOf.put(CROSS, helperOf.get(B));
        activityOf.put(CROSS, assistance.record(new Activity(0, shared.id(), ActivityKind.LECTURE, LocalDate.of(2025, 10, 9),
                schoolOf.get(B), null, null, null, 1, 20, 0, BigDecimal.ONE, null, null, null, 0)).id());
        placementOf.put(CROSS, assistance.place(new Placement(0, shared.id(), PlacementKind.SUPPORT_TEACHING, "支教教师",
                null, schoolOf.get(B), LocalDate.of(2025, 9, 1), LocalDate.of(2026, 1, 20), 1, 0)).id());
        outcomeOf.put(CROSS, assistance.recordOutcome(new Outcome(0, shared.id(), OutcomeKind.HONOUR, OutcomeLevel.NATIONAL,
                "全国优秀教师", schoolOf.get(B), null, LocalDate.of(2025, 12, 1), 0)).id());
        organisationOf.put(CROSS, organisationOf.get(A));
        personOf.put(CROSS, personOf.get(A));
        spareSchools.add(nthSchool(A, "primary", 3));
        spareSchools.add(nthSchool(B, "primary", 3));
        callers = List.of(
                new Caller(null, "anonymous", false),
                new Caller("admin", "system_admin", true),
                user("m-province", "province_officer", "990000", null, true),
                user("m-county", "county_officer", A, null, false),
                user("m-school", "school_admin", null, schoolOf.get(A), false),
                user("m-researcher", "researcher", A, null, false),
                user("m-inspector", "inspector", A, null, false),
                user("m-teacher", "teacher", null, schoolOf.get(A), false));
    }

    private String firstSchool(String county, String type) {
        return nthSchool(county, type, 1);
    }

    private String nthSchool(String county, String type, int n) {
        String body = new String(client("admin", IntegrationTest.ADMIN_PASSWORD).get()
                .uri("/api/v1/schools?county=" + county + "&type=" + type + "&size=1&page=" + (n - 1)).exchange()
                .expectBody().returnResult().getResponseBody(), UTF_8);
        return body.replaceAll("(?s).*?\"code\":\"(\\d{10})\".*", "$1");
    }

    /** A spare school now registered in the county, to move to the other one. */
    private String spareIn(String county) {
        return spareSchools.stream().filter(code -> jdbc.queryForObject("SELECT county_code FROM school WHERE code = ?",
                String.class, code).equals(county)).findFirst().orElseThrow();
    }

    private Programme pairing(String county) {
        return new Programme(0, ProgrammeKind.PAIRING, "结对帮扶 " + county, county, null, LocalDate.of(2025, 9, 1),
                LocalDate.of(2026, 7, 31), null, null, List.of(new Programme.Participant(helperOf.get(county), SchoolRole.HELPER),
                new Programme.Participant(schoolOf.get(county), SchoolRole.HELPED)), 0);
    }

    private Caller user(String username, String role, String region, String school, boolean seesB) {
        Map<String, String> body = new HashMap<>(Map.of("username", username, "password", PASSWORD, "role", role));
        if (region != null) {
            body.put("region", region);
        }
        if (school != null) {
            body.put("school", school);
        }
        client("admin", IntegrationTest.ADMIN_PASSWORD).post().uri("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
                .body(body).exchange().expectStatus().isCreated();
        return new Caller(username, role, seesB);
    }

    private RestTestClient client(String user, String password) {
        RestTestClient.Builder<?> builder = RestTestClient.bindToServer().baseUrl("http://localhost:" + port);
        if (user != null) {
            builder.defaultHeaders(h -> h.setBasicAuth(user, password));
        }
        return builder.build();
    }

    /** The endpoints as "METHOD /pattern", from the application's mapping registry. */
    private Set<String> endpoints() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(p -> p.startsWith("/api/"))
                .forEach(p -> info.getMethodsCondition().getMethods()
                        .forEach(m -> endpoints.add(m.name() + " " + p))));
        return endpoints;
    }

    private Sample sample(String endpoint, String county) {
        if (county.equals(CROSS)) {
            return crossSample(endpoint);
        }
        String school = schoolOf.get(county);
        return switch (endpoint) {
            case "GET /api/v1/regions" -> get("/api/v1/regions");
            case "GET /api/v1/schools" -> get("/api/v1/schools?county=" + county);
            case "GET /api/v1/schools/{code}" -> get("/api/v1/schools/" + school);
            case "GET /api/v1/teachers" -> get("/api/v1/teachers?school=" + school);
            case "GET /api/v1/county-facts" -> get("/api/v1/county-facts?year=2025&county=" + county);
            case "GET /api/v1/certificate-checks" -> get("/api/v1/certificate-checks?year=2025&county=" + county);
            case "GET /api/v1/reports/county" -> get("/api/v1/reports/county?year=2025&format=docx&county=" + county);
            // A's province is the demo province; "B" is a province no test registers
            case "GET /api/v1/reports/province" -> get("/api/v1/reports/province?year=2025&format=docx&province="
                    + (county.equals(A) ? PROVINCE : UNREGISTERED));
            case "GET /api/v1/assessments" -> get("/api/v1/assessments?year=2025&county=" + county);
            case "GET /api/v1/assessments/trend" -> get("/api/v1/assessments/trend?county=" + county);
            case "POST /api/v1/assessments/what-if" -> new Sample(HttpMethod.POST, "/api/v1/assessments/what-if",
                    Map.of("county", county, "year", 2025, "changes", List.of(Map.of("type", "add_resource",
                            "schoolCode", school, "resource", "sports_area", "amount", 100))), MediaType.APPLICATION_JSON);
            case "POST /api/v1/imports" -> new Sample(HttpMethod.POST, "/api/v1/imports", teachersFile(school),
                    MediaType.MULTIPART_FORM_DATA);
            case "GET /api/v1/audit" -> get("/api/v1/audit?region=" + county);
            case "GET /api/v1/programmes" -> get("/api/v1/programmes?region=" + county);
            case "GET /api/v1/summary" -> get("/api/v1/summary?from=2025-01-01&to=2026-12-31&region=" + county);
            case "GET /api/v1/summary/experience" -> get("/api/v1/summary/experience?format=xlsx&region=" + county);
            case "GET /api/v1/programmes/{id}/experience-summary" -> get("/api/v1/programmes/" + programmeOf.get(county)
                    + "/experience-summary");
            case "GET /api/v1/programmes/{id}" -> get("/api/v1/programmes/" + programmeOf.get(county));
            case "GET /api/v1/programmes/{id}/summary", "GET /api/v1/programmes/{id}/needs",
                 "GET /api/v1/programmes/{id}/placements", "GET /api/v1/programmes/{id}/activities",
                 "GET /api/v1/programmes/{id}/outcomes" ->
                    get(endpoint.substring(4).replace("{id}", String.valueOf(programmeOf.get(county))));
            case "GET /api/v1/activities", "GET /api/v1/needs", "GET /api/v1/placements", "GET /api/v1/outcomes",
                 "GET /api/v1/remote-classrooms", "GET /api/v1/donations", "GET /api/v1/class-pairings" ->
                    get(endpoint.substring(4) + "?region=" + county);
            case "GET /api/v1/activities/{id}/evidence" -> get("/api/v1/activities/" + activityOf.get(county) + "/evidence");
            case "GET /api/v1/evidence/{id}" -> get("/api/v1/evidence/" + evidenceOf.get(county));
            case "POST /api/v1/activities/{id}/evidence" -> new Sample(HttpMethod.POST, "/api/v1/activities/"
                    + activityOf.get(county) + "/evidence", file("photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}), MediaType.MULTIPART_FORM_DATA);
            case "POST /api/v1/remote-classrooms" -> new Sample(HttpMethod.POST, "/api/v1/remote-classrooms", Map.of(
                    "programmeId", programmeOf.get(county), "schoolCode", school, "partnerSchool", helperOf.get(county),
                    "kind", "delivered_class", "openedOn", "2025-09-10"), MediaType.APPLICATION_JSON);
            case "POST /api/v1/donations" -> new Sample(HttpMethod.POST, "/api/v1/donations", Map.of("programmeId",
                    programmeOf.get(county), "schoolCode", school, "donor", "爱心企业", "items", "图书 500 册",
                    "valueYuan", 12000, "donatedOn", "2025-10-01"), MediaType.APPLICATION_JSON);
            case "POST /api/v1/class-pairings" -> new Sample(HttpMethod.POST, "/api/v1/class-pairings", Map.of("programmeId",
                    programmeOf.get(county), "schoolCode", school, "className", "四年级(1)班", "partnerSchool",
                    helperOf.get(county), "partnerClass", "四年级(3)班", "studentPairs", 38, "pairedOn", "2025-10-01"),
                    MediaType.APPLICATION_JSON);
            case "POST /api/v1/rotation-plans" -> new Sample(HttpMethod.POST, "/api/v1/rotation-plans", Map.of("county", county,
                    "timeLimitSeconds", 1), MediaType.APPLICATION_JSON);
            case "GET /api/v1/rotation-plans" -> get("/api/v1/rotation-plans?region=" + county);
            case "GET /api/v1/rotation-plans/{id}", "GET /api/v1/rotation-plans/{id}/plan",
                 "GET /api/v1/rotation-plans/{id}/plan.xlsx" ->
                    get(endpoint.substring(4).replace("{id}", String.valueOf(finishedPlan(county))));
            case "POST /api/v1/rotation-plans/{id}/resolve" -> new Sample(HttpMethod.POST, "/api/v1/rotation-plans/"
                    + finishedPlan(county) + "/resolve", Map.of("timeLimitSeconds", 1), MediaType.APPLICATION_JSON);
            case "POST /api/v1/rotation-plans/{id}/stop", "POST /api/v1/rotation-plans/{id}/accept" -> new Sample(HttpMethod.POST,
                    endpoint.substring(5).replace("{id}", String.valueOf(finishedPlan(county))), null, null);
            case "GET /api/v1/organisations", "GET /api/v1/people" -> get(endpoint.substring(4) + "?region=" + county);
            case "GET /api/v1/organisations/{id}" -> get("/api/v1/organisations/" + organisationOf.get(county));
            case "GET /api/v1/people/{id}" -> get("/api/v1/people/" + personOf.get(county));
            case "GET /api/v1/programmes/{id}/members" -> get("/api/v1/programmes/" + programmeOf.get(county) + "/members");
            case "POST /api/v1/organisations" -> new Sample(HttpMethod.POST, "/api/v1/organisations", Map.of("name", "师范大学",
                    "kind", "university", "regionCode", county), MediaType.APPLICATION_JSON);
            case "POST /api/v1/people" -> new Sample(HttpMethod.POST, "/api/v1/people", Map.of("name", "专家丙",
                    "kind", "expert", "regionCode", county), MediaType.APPLICATION_JSON);
            case "POST /api/v1/programmes/{id}/members" -> {
                long person = people.register(new Person(0, "组员" + System.nanoTime(), PersonKind.RESEARCHER, null, null,
                        county, 0)).id();
                yield new Sample(HttpMethod.POST, "/api/v1/programmes/" + programmeOf.get(county) + "/members",
                        Map.of("personId", person, "role", "team_member"), MediaType.APPLICATION_JSON);
            }
            case "PUT /api/v1/organisations/{id}" -> new Sample(HttpMethod.PUT, "/api/v1/organisations/"
                    + organisationOf.get(county), Map.of("name", "县教师发展中心", "kind", "training_institution",
                    "regionCode", county), MediaType.APPLICATION_JSON,
                    "\"" + people.organisation(organisationOf.get(county)).orElseThrow().version() + "\"");
            case "PUT /api/v1/people/{id}" -> new Sample(HttpMethod.PUT, "/api/v1/people/" + personOf.get(county),
                    Map.of("name", "教研员", "kind", "researcher", "position", "小学数学教研员", "regionCode", county),
                    MediaType.APPLICATION_JSON, "\"" + people.person(personOf.get(county)).orElseThrow().version() + "\"");
            case "GET /api/v1/activities/{id}" -> get("/api/v1/activities/" + activityOf.get(county));
            case "GET /api/v1/needs/{id}" -> get("/api/v1/needs/" + needOf.get(county));
            case "GET /api/v1/placements/{id}" -> get("/api/v1/placements/" + placementOf.get(county));
            case "GET /api/v1/outcomes/{id}" -> get("/api/v1/outcomes/" + outcomeOf.get(county));
            case "PUT /api/v1/programmes/{id}" -> {
                Programme programme = assistance.programme(programmeOf.get(county)).orElseThrow();
                yield new Sample(HttpMethod.PUT, "/api/v1/programmes/" + programme.id(), Map.of("name", programme.name() + "·",
                        "ownerRegion", county, "startDate", "2025-09-01", "schools", List.of(
                                Map.of("schoolCode", helperOf.get(county), "role", "helper"),
                                Map.of("schoolCode", school, "role", "helped"))), MediaType.APPLICATION_JSON,
                        "\"" + programme.version() + "\"");
            }
            case "PUT /api/v1/activities/{id}" -> new Sample(HttpMethod.PUT, "/api/v1/activities/" + activityOf.get(county),
                    Map.of("kind", "lecture", "heldOn", "2025-10-09", "schoolCode", school, "experts", 2, "teachersReached", 25,
                            "studentsReached", 0, "hours", 2), MediaType.APPLICATION_JSON,
                    "\"" + assistance.activity(activityOf.get(county)).orElseThrow().version() + "\"");
            case "PUT /api/v1/placements/{id}" -> new Sample(HttpMethod.PUT, "/api/v1/placements/" + placementOf.get(county),
                    Map.of("kind", "support_teaching", "person", "支教教师", "fromSchool", helperOf.get(county),
                            "toSchool", school, "startDate", "2025-09-01", "endDate", "2026-01-31", "batch", 1),
                    MediaType.APPLICATION_JSON,
                    "\"" + assistance.placement(placementOf.get(county)).orElseThrow().version() + "\"");
            case "DELETE /api/v1/placements/{id}" -> {
                Placement fresh = assistance.place(new Placement(0, programmeOf.get(county), PlacementKind.SHADOWING,
                        "跟岗教师（误录）", null, schoolOf.get(county), LocalDate.of(2025, 10, 8), LocalDate.of(2025, 10, 28), 1, 0));
                yield new Sample(HttpMethod.DELETE, "/api/v1/placements/" + fresh.id(), null, null,
                        "\"" + fresh.version() + "\"");
            }
            case "DELETE /api/v1/outcomes/{id}" -> {
                Outcome fresh = assistance.recordOutcome(new Outcome(0, programmeOf.get(county), OutcomeKind.HONOUR,
                        OutcomeLevel.COUNTY, "县级骨干教师（误录）", schoolOf.get(county), null, LocalDate.of(2025, 12, 1), 0));
                yield new Sample(HttpMethod.DELETE, "/api/v1/outcomes/" + fresh.id(), null, null, "\"" + fresh.version() + "\"");
            }
            case "PUT /api/v1/outcomes/{id}" -> new Sample(HttpMethod.PUT, "/api/v1/outcomes/" + outcomeOf.get(county),
                    Map.of("kind", "studio", "level", "city", "title", "名师工作室", "schoolCode", school,
                            "achievedOn", "2025-12-01"), MediaType.APPLICATION_JSON,
                    "\"" + assistance.outcome(outcomeOf.get(county)).orElseThrow().version() + "\"");
            case "POST /api/v1/outcomes" -> new Sample(HttpMethod.POST, "/api/v1/outcomes", Map.of("programmeId",
                    programmeOf.get(county), "kind", "honour", "level", "county", "title", "县级骨干教师", "schoolCode", school,
                    "person", "教师乙", "achievedOn", "2026-01-10"), MediaType.APPLICATION_JSON);
            case "POST /api/v1/programmes" -> new Sample(HttpMethod.POST, "/api/v1/programmes", Map.of("kind", "pairing",
                    "name", "新结对 " + county, "ownerRegion", county, "startDate", "2025-09-01", "schools", List.of(
                            Map.of("schoolCode", helperOf.get(county), "role", "helper"),
                            Map.of("schoolCode", school, "role", "helped"))), MediaType.APPLICATION_JSON);
            case "POST /api/v1/needs" -> new Sample(HttpMethod.POST, "/api/v1/needs", Map.of("programmeId",
                    programmeOf.get(county), "schoolCode", school, "category", "teaching", "description", "数学教研指导"),
                    MediaType.APPLICATION_JSON);
            case "POST /api/v1/needs/{id}/state" -> {
                Need need = assistance.raiseNeed(programmeOf.get(county), school, "math", "teaching", "听课评课", null);
                yield new Sample(HttpMethod.POST, "/api/v1/needs/" + need.id() + "/state",
                        Map.of("state", "planned", "version", need.version()), MediaType.APPLICATION_JSON);
            }
            case "POST /api/v1/activities" -> new Sample(HttpMethod.POST, "/api/v1/activities", Map.of("programmeId",
                    programmeOf.get(county), "kind", "demonstration_lesson", "heldOn", "2025-11-12", "schoolCode", school,
                    "experts", 2, "teachersReached", 30, "studentsReached", 45, "hours", 3), MediaType.APPLICATION_JSON);
            case "POST /api/v1/placements" -> new Sample(HttpMethod.POST, "/api/v1/placements", Map.of("programmeId",
                    programmeOf.get(county), "kind", "shadowing", "person", "跟岗教师甲", "fromSchool", school,
                    "toSchool", helperOf.get(county), "startDate", "2025-10-08", "endDate", "2025-10-28", "batch", 1),
                    MediaType.APPLICATION_JSON);
            case "POST /api/v1/programmes/{id}/owner" -> {
                Programme fresh = assistance.createProgramme(pairing(county));
                yield new Sample(HttpMethod.POST, "/api/v1/programmes/" + fresh.id() + "/owner", Map.of("ownerRegion", CITY_OF_A),
                        MediaType.APPLICATION_JSON, "\"" + fresh.version() + "\"");
            }
            case "POST /api/v1/schools/{code}/county" -> new Sample(HttpMethod.POST, "/api/v1/schools/" + spareIn(county)
                    + "/county", Map.of("county", county.equals(A) ? B : A), MediaType.APPLICATION_JSON);
            // A's province is the demo province; "B" is a province no test registers
            case "GET /api/v1/profiles/{province}" -> get("/api/v1/profiles/" + (county.equals(A) ? PROVINCE : UNREGISTERED));
            case "PUT /api/v1/profiles/{province}" -> new Sample(HttpMethod.PUT, "/api/v1/profiles/"
                    + (county.equals(A) ? PROVINCE : UNREGISTERED), "profile: 示范省\ndescription: 与全国标准相同\n".getBytes(UTF_8),
                    MediaType.TEXT_PLAIN);
            case "DELETE /api/v1/profiles/{province}" -> {
                if (county.equals(A)) {
                    profiles.set(PROVINCE, "profile: 示范省\n");
                }
                yield new Sample(HttpMethod.DELETE, "/api/v1/profiles/" + (county.equals(A) ? PROVINCE : UNREGISTERED),
                        null, null);
            }
            case "GET /api/v1/tokens" -> get("/api/v1/tokens");
            // a wrong current password: every signed-in user may try, and nobody's password changes here
            case "PUT /api/v1/account/password" -> new Sample(HttpMethod.PUT, "/api/v1/account/password",
                    Map.of("currentPassword", "not-the-password", "password", "a-new-password-2026"), MediaType.APPLICATION_JSON);
            case "POST /api/v1/tokens" -> new Sample(HttpMethod.POST, "/api/v1/tokens", Map.of("name", "统计脚本", "days", 30),
                    MediaType.APPLICATION_JSON);
            case "DELETE /api/v1/tokens/{id}" -> new Sample(HttpMethod.DELETE, "/api/v1/tokens/"
                    + tokens.issue("admin", "导入脚本", 30, null, false).token().id(), null, null);
            case "POST /api/v1/studios" -> new Sample(HttpMethod.POST, "/api/v1/studios", Map.of("name", "数学名师工作室",
                    "kind", "famous_teacher", "level", "county", "schoolCode", school, "movedDown", true, "setUpOn", "2025-11-01"),
                    MediaType.APPLICATION_JSON);
            case "GET /api/v1/studios" -> get("/api/v1/studios?region=" + county);
            case "GET /api/v1/studios/{id}" -> get("/api/v1/studios/" + studioOf.get(county));
            case "POST /api/v1/training-records" -> new Sample(HttpMethod.POST, "/api/v1/training-records", Map.of("teacherId",
                    teacherOf(county, true), "course", "新课标专题培训", "hours", 24, "completedOn", "2025-11-20"),
                    MediaType.APPLICATION_JSON);
            case "GET /api/v1/training-records" -> get("/api/v1/training-records?teacher=" + teacherOf(county, true));
            case "POST /api/v1/mentor-pairs" -> new Sample(HttpMethod.POST, "/api/v1/mentor-pairs", Map.of("mentor",
                    teacherOf(county, true), "mentee", teacherOf(county, false), "pairedOn", "2025-09-10"),
                    MediaType.APPLICATION_JSON);
            case "GET /api/v1/mentor-pairs" -> get("/api/v1/mentor-pairs?region=" + county);
            case "GET /api/v1/senior-title-checks" -> get("/api/v1/senior-title-checks?county=" + county);
            case "POST /api/v1/school-relations" -> new Sample(HttpMethod.POST, "/api/v1/school-relations", Map.of("kind",
                    "friendship", "schoolCode", school, "partnerSchool", helperOf.get(county), "startDate", "2025-09-01"),
                    MediaType.APPLICATION_JSON);
            case "GET /api/v1/school-relations" -> get("/api/v1/school-relations?region=" + county);
            case "GET /api/v1/users" -> get("/api/v1/users");
            case "POST /api/v1/users" -> new Sample(HttpMethod.POST, "/api/v1/users", Map.of("username",
                    "new-" + county + "-" + System.nanoTime(), "password", PASSWORD, "role", "county_officer", "region", county),
                    MediaType.APPLICATION_JSON);
            case "GET /api/v1/users/{username}" -> get("/api/v1/users/m-county");
            case "POST /api/v1/users/{username}/disable", "POST /api/v1/users/{username}/enable" ->
                    new Sample(HttpMethod.POST, endpoint.substring(5).replace("{username}", "m-spare"), null, null);
            case "PUT /api/v1/users/{username}/password" -> new Sample(HttpMethod.PUT, "/api/v1/users/m-spare/password",
                    Map.of("password", PASSWORD), MediaType.APPLICATION_JSON);
            default -> null;
        };
    }

    /**
     * The writes about county A that reach into B (see {@link #CROSS}); null for endpoints without
     * such a write (reads, users, rotation plans of a county, moving a school).
     */
    private Sample crossSample(String endpoint) {
        String own = schoolOf.get(A);
        return switch (endpoint) {
            case "POST /api/v1/imports" -> {
                // a school of B that no other sample's roster replaces; each accepted try takes one teacher from it
                String teacherOfB = jdbc.queryForObject("SELECT MIN(teacher_id) FROM teacher WHERE school_code = ?",
                        String.class, nthSchool(B, "primary", 2));
                String csv = "teacher_id,school_code,stage,subject,gender,birth_year,education,title,backbone_level,"
                        + "special_grade,subject_leader,years_at_school,rural_years,seeking_senior_title,exempt\n"
                        + teacherOfB + "," + own + ",primary,math,female,1988,bachelor,first,none,否,否,3,3,否,否\n";
                yield new Sample(HttpMethod.POST, "/api/v1/imports", upload("teachers", "teachers.csv", csv),
                        MediaType.MULTIPART_FORM_DATA);
            }
            case "POST /api/v1/programmes" -> new Sample(HttpMethod.POST, "/api/v1/programmes", Map.of("kind", "pairing",
                    "name", "跨县结对", "ownerRegion", A, "startDate", "2025-09-01", "schools", List.of(
                            Map.of("schoolCode", helperOf.get(A), "role", "helper"),
                            Map.of("schoolCode", schoolOf.get(B), "role", "helped"))), MediaType.APPLICATION_JSON);
            case "PUT /api/v1/programmes/{id}" -> {
                Programme shared = assistance.programme(programmeOf.get(CROSS)).orElseThrow();
                yield new Sample(HttpMethod.PUT, "/api/v1/programmes/" + shared.id(), Map.of("name", shared.name(),
                        "ownerRegion", shared.ownerRegion(), "startDate", "2025-09-01", "schools", shared.schools().stream()
                                .map(p -> Map.of("schoolCode", p.schoolCode(), "role", p.role().key())).toList()),
                        MediaType.APPLICATION_JSON, "\"" + shared.version() + "\"");
            }
            case "POST /api/v1/programmes/{id}/owner" -> {
                Programme shared = assistance.programme(programmeOf.get(CROSS)).orElseThrow();
                Programme fresh = assistance.createProgramme(new Programme(0, shared.kind(), "省级帮扶共同体（移交）", PROVINCE,
                        null, shared.startDate(), null, null, null, shared.schools(), 0));
                yield new Sample(HttpMethod.POST, "/api/v1/programmes/" + fresh.id() + "/owner", Map.of("ownerRegion", CITY_OF_A),
                        MediaType.APPLICATION_JSON, "\"" + fresh.version() + "\"");
            }
            case "POST /api/v1/programmes/{id}/members" -> {
                long person = people.register(new Person(0, "组员" + System.nanoTime(), PersonKind.RESEARCHER, null, null,
                        A, 0)).id();
                yield new Sample(HttpMethod.POST, "/api/v1/programmes/" + programmeOf.get(CROSS) + "/members",
                        Map.of("personId", person, "role", "team_member"), MediaType.APPLICATION_JSON);
            }
            case "POST /api/v1/organisations" -> new Sample(HttpMethod.POST, "/api/v1/organisations", Map.of("name", "省师范大学",
                    "kind", "university", "regionCode", PROVINCE), MediaType.APPLICATION_JSON);
            case "POST /api/v1/people" -> new Sample(HttpMethod.POST, "/api/v1/people", Map.of("name", "省专家",
                    "kind", "expert", "regionCode", PROVINCE), MediaType.APPLICATION_JSON);
            case "PUT /api/v1/organisations/{id}" -> {
                Organisation fresh = people.register(new Organisation(0, "县培训中心" + System.nanoTime(),
                        OrganisationKind.TRAINING_INSTITUTION, A, 0));
                yield new Sample(HttpMethod.PUT, "/api/v1/organisations/" + fresh.id(), Map.of("name", fresh.name(),
                        "kind", "training_institution", "regionCode", PROVINCE), MediaType.APPLICATION_JSON,
                        "\"" + fresh.version() + "\"");
            }
            case "PUT /api/v1/people/{id}" -> {
                Person fresh = people.register(new Person(0, "教研员" + System.nanoTime(), PersonKind.RESEARCHER, null, null, A, 0));
                yield new Sample(HttpMethod.PUT, "/api/v1/people/" + fresh.id(), Map.of("name", fresh.name(), "kind",
                        "researcher", "regionCode", PROVINCE), MediaType.APPLICATION_JSON, "\"" + fresh.version() + "\"");
            }
            case "POST /api/v1/activities/{id}/evidence", "POST /api/v1/remote-classrooms", "POST /api/v1/donations",
                 "POST /api/v1/class-pairings", "PUT /api/v1/activities/{id}", "PUT /api/v1/placements/{id}",
                 "PUT /api/v1/outcomes/{id}", "POST /api/v1/outcomes", "POST /api/v1/needs", "POST /api/v1/needs/{id}/state",
                 "POST /api/v1/activities", "POST /api/v1/placements", "DELETE /api/v1/placements/{id}",
                 "DELETE /api/v1/outcomes/{id}" -> recordSample(endpoint);
            default -> null;
        };
    }

    /** The sample of a record write, in the province programme of A and B, about B's school. */
    private Sample recordSample(String endpoint) {
        return switch (endpoint) {
            case "POST /api/v1/needs/{id}/state" -> {
                Need need = assistance.raiseNeed(programmeOf.get(CROSS), schoolOf.get(B), "math", "teaching", "听课评课", null);
                yield new Sample(HttpMethod.POST, "/api/v1/needs/" + need.id() + "/state",
                        Map.of("state", "planned", "version", need.version()), MediaType.APPLICATION_JSON);
            }
            case "POST /api/v1/placements" -> new Sample(HttpMethod.POST, "/api/v1/placements", Map.of("programmeId",
                    programmeOf.get(CROSS), "kind", "shadowing", "person", "跟岗教师乙", "fromSchool", schoolOf.get(B),
                    "toSchool", helperOf.get(B), "startDate", "2025-10-08", "endDate", "2025-10-28", "batch", 1),
                    MediaType.APPLICATION_JSON);
            case "PUT /api/v1/placements/{id}" -> new Sample(HttpMethod.PUT, "/api/v1/placements/" + placementOf.get(CROSS),
                    Map.of("kind", "support_teaching", "person", "支教教师", "toSchool", schoolOf.get(B),
                            "startDate", "2025-09-01", "endDate", "2026-01-31", "batch", 1), MediaType.APPLICATION_JSON,
                    "\"" + assistance.placement(placementOf.get(CROSS)).orElseThrow().version() + "\"");
            case "POST /api/v1/outcomes" -> new Sample(HttpMethod.POST, "/api/v1/outcomes", Map.of("programmeId",
                    programmeOf.get(CROSS), "kind", "honour", "level", "national", "title", "全国优秀教师",
                    "schoolCode", schoolOf.get(B), "achievedOn", "2026-01-10"), MediaType.APPLICATION_JSON);
            case "POST /api/v1/activities/{id}/evidence" -> new Sample(HttpMethod.POST, "/api/v1/activities/"
                    + activityOf.get(CROSS) + "/evidence", file("photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}),
                    MediaType.MULTIPART_FORM_DATA);
            case "POST /api/v1/remote-classrooms" -> new Sample(HttpMethod.POST, "/api/v1/remote-classrooms", Map.of(
                    "programmeId", programmeOf.get(CROSS), "schoolCode", schoolOf.get(B), "partnerSchool", helperOf.get(B),
                    "kind", "delivered_class", "openedOn", "2025-09-10"), MediaType.APPLICATION_JSON);
            case "POST /api/v1/donations" -> new Sample(HttpMethod.POST, "/api/v1/donations", Map.of("programmeId",
                    programmeOf.get(CROSS), "schoolCode", schoolOf.get(B), "donor", "爱心企业", "items", "图书 500 册",
                    "valueYuan", 12000, "donatedOn", "2025-10-01"), MediaType.APPLICATION_JSON);
            case "POST /api/v1/class-pairings" -> new Sample(HttpMethod.POST, "/api/v1/class-pairings", Map.of("programmeId",
                    programmeOf.get(CROSS), "schoolCode", schoolOf.get(B), "className", "四年级(1)班", "partnerSchool",
                    helperOf.get(B), "partnerClass", "四年级(3)班", "studentPairs", 38, "pairedOn", "2025-10-01"),
                    MediaType.APPLICATION_JSON);
            case "PUT /api/v1/activities/{id}" -> new Sample(HttpMethod.PUT, "/api/v1/activities/" + activityOf.get(CROSS),
                    Map.of("kind", "lecture", "heldOn", "2025-10-09", "schoolCode", schoolOf.get(B), "experts", 2,
                            "teachersReached", 25, "studentsReached", 0, "hours", 2), MediaType.APPLICATION_JSON,
                    "\"" + assistance.activity(activityOf.get(CROSS)).orElseThrow().version() + "\"");
            case "DELETE /api/v1/placements/{id}" -> {
                Placement fresh = assistance.place(new Placement(0, programmeOf.get(CROSS), PlacementKind.SHADOWING,
                        "跟岗教师（误录）", null, schoolOf.get(B), LocalDate.of(2025, 10, 8), LocalDate.of(2025, 10, 28), 1, 0));
                yield new Sample(HttpMethod.DELETE, "/api/v1/placements/" + fresh.id(), null, null,
                        "\"" + fresh.version() + "\"");
            }
            case "DELETE /api/v1/outcomes/{id}" -> {
                Outcome fresh = assistance.recordOutcome(new Outcome(0, programmeOf.get(CROSS), OutcomeKind.HONOUR,
                        OutcomeLevel.NATIONAL, "全国优秀教师（误录）", schoolOf.get(B), null, LocalDate.of(2025, 12, 1), 0));
                yield new Sample(HttpMethod.DELETE, "/api/v1/outcomes/" + fresh.id(), null, null, "\"" + fresh.version() + "\"");
            }
            case "PUT /api/v1/outcomes/{id}" -> new Sample(HttpMethod.PUT, "/api/v1/outcomes/" + outcomeOf.get(CROSS),
                    Map.of("kind", "honour", "level", "national", "title", "全国优秀教师", "schoolCode", schoolOf.get(B),
                            "achievedOn", "2025-12-01"), MediaType.APPLICATION_JSON,
                    "\"" + assistance.outcome(outcomeOf.get(CROSS)).orElseThrow().version() + "\"");
            case "POST /api/v1/needs" -> new Sample(HttpMethod.POST, "/api/v1/needs", Map.of("programmeId",
                    programmeOf.get(CROSS), "schoolCode", schoolOf.get(B), "category", "teaching", "description", "数学教研指导"),
                    MediaType.APPLICATION_JSON);
            case "POST /api/v1/activities" -> new Sample(HttpMethod.POST, "/api/v1/activities", Map.of("programmeId",
                    programmeOf.get(CROSS), "kind", "demonstration_lesson", "heldOn", "2025-11-12", "schoolCode",
                    schoolOf.get(B), "experts", 2, "teachersReached", 30, "studentsReached", 45, "hours", 3),
                    MediaType.APPLICATION_JSON);
            default -> throw new IllegalArgumentException(endpoint);
        };
    }

    /** A finished, feasible plan of one move in the county, as a planning job leaves it. */
    private long finishedPlan(String county) {
        Assessment assessment = assessments.assess(county, 2025, AssessmentMethod.QUALITY_2017, StageWeights.EQUAL);
        String json = RotationPlanJson.toJson(new RotationPlan(county, 2025, true, "0hard/0soft",
                List.of(new PlannedMove("R-" + county, helperOf.get(county), schoolOf.get(county), "primary", "math",
                        List.of("quota"))), new Quotas(10, 1, 1, 0, 1, 1, 0, 0), List.of(), Map.of(), assessment, assessment,
                new PlanEffect(List.of(), null)));
        jdbc.update("INSERT INTO rotation_plan (county_code, plan_year, status, time_limit_seconds, started_at, plan_json, "
                + "feasible) VALUES (?, 2025, 'finished', 30, CURRENT_TIMESTAMP, ?, TRUE)", county, json);
        return jdbc.queryForObject("SELECT MAX(id) FROM rotation_plan", Long.class);
    }

    private static Sample get(String uri) {
        return new Sample(HttpMethod.GET, uri, null, null);
    }

    private static MultiValueMap<String, Object> teachersFile(String school) {
        String csv = "teacher_id,school_code,stage,subject,gender,birth_year,education,title,backbone_level,"
                + "special_grade,subject_leader,years_at_school,rural_years,seeking_senior_title,exempt\n"
                + "M-" + school + "," + school + ",primary,math,female,1988,bachelor,first,none,否,否,3,3,否,否\n";
        return upload("teachers", "teachers.csv", csv);
    }

    /** The accepted changes on the trail. */
    private long auditTotal() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action <> 'refused'", Long.class);
    }

    private long refusals() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'refused'", Long.class);
    }

    private static String passwordOf(Caller caller) {
        return "admin".equals(caller.user()) ? IntegrationTest.ADMIN_PASSWORD : PASSWORD;
    }

    /** The answer the rules promise to a write about A that reaches into B. */
    private static int expectedAcross(Caller caller, String endpoint) {
        if (caller.user() == null) {
            return 401;
        }
        String role = caller.role();
        boolean bureau = Set.of("system_admin", "province_officer", "county_officer").contains(role);
        if (!bureau && !role.equals("school_admin")) {
            return 403;
        }
        boolean overBoth = caller.seesB();
        boolean bureausOnly = endpoint.contains("/people") || endpoint.contains("/organisations")
                || endpoint.endsWith("/members") || endpoint.endsWith("/owner") || endpoint.startsWith("PUT /api/v1/programmes");
        if (endpoint.equals("POST /api/v1/imports")) {
            return overBoth ? 200 : 422;
        }
        if (endpoint.equals("POST /api/v1/programmes")) {
            // B's school is not within owner A, for every writer
            return bureau ? 400 : 403;
        }
        if (!bureau && (bureausOnly || endpoint.startsWith("POST /api/v1/programmes"))) {
            return 403;
        }
        if (!overBoth) {
            boolean regionNamed = endpoint.contains("/people") || endpoint.contains("/organisations");
            return regionNamed ? 404 : 403;
        }
        if (endpoint.startsWith("DELETE")) {
            return 204;
        }
        return endpoint.startsWith("PUT") || endpoint.endsWith("/state") || endpoint.endsWith("/owner") ? 200 : 201;
    }

    /** The answer the rules promise. */
    private static int expected(Caller caller, String endpoint, boolean outside) {
        if (caller.user() == null) {
            return 401;
        }
        boolean admin = caller.role().equals("system_admin");
        if (endpoint.contains("/api/v1/profiles/")) {
            boolean mayWrite = caller.role().equals("system_admin") || caller.role().equals("province_officer");
            if (caller.role().equals("teacher") || !endpoint.startsWith("GET") && !mayWrite) {
                return 403;
            }
            return outside ? 404 : 200;
        }
        if (endpoint.equals("PUT /api/v1/account/password")) {
            return 400;
        }
        if (endpoint.equals("GET /api/v1/reports/province")) {
            // the whole province's counties: only for those whose scope holds the province
            return caller.role().equals("teacher") ? 403 : !outside && caller.seesB() ? 200 : 404;
        }
        if (endpoint.contains("/api/v1/tokens")) {
            // every signed-in user keeps their own tokens; only a system administrator revokes another's
            return endpoint.startsWith("GET") ? 200 : endpoint.startsWith("POST") ? 201 : admin ? 204 : 404;
        }
        if (endpoint.contains("/api/v1/users")) {
            return admin ? (endpoint.startsWith("POST /api/v1/users") && !endpoint.contains("{") ? 201
                    : endpoint.startsWith("PUT") ? 204 : 200) : 403;
        }
        if (caller.role().equals("teacher")) {
            return 403;
        }
        boolean writer = Set.of("system_admin", "province_officer", "county_officer", "school_admin").contains(caller.role());
        boolean hidden = outside && !caller.seesB();
        boolean bureausOnly = endpoint.contains("/people") || endpoint.contains("/organisations")
                || endpoint.equals("POST /api/v1/programmes/{id}/members") || endpoint.contains("/rotation-plans");
        if (bureausOnly && caller.role().equals("school_admin")) {
            return 403;
        }
        if (endpoint.equals("POST /api/v1/imports")) {
            return !writer ? 403 : hidden ? 422 : 200;
        }
        // records of a school or teacher beyond the writer's scope name a school or teacher "not registered"; the
        // teachers of these samples are at another school than a school account's own
        boolean ofTeachers = endpoint.contains("/training-records") || endpoint.contains("/mentor-pairs");
        if (endpoint.equals("POST /api/v1/studios") || endpoint.equals("POST /api/v1/school-relations")
                || endpoint.equals("POST /api/v1/training-records")
                || endpoint.equals("POST /api/v1/mentor-pairs")) {
            return !writer ? 403 : hidden || ofTeachers && caller.role().equals("school_admin") ? 400 : 201;
        }
        if (endpoint.equals("GET /api/v1/training-records") && caller.role().equals("school_admin")) {
            return 404;
        }
        if (endpoint.equals("POST /api/v1/schools/{code}/county")) {
            // only an administrator over both counties moves a school
            return caller.seesB() ? 200 : 403;
        }
        if (endpoint.equals("POST /api/v1/programmes/{id}/owner")) {
            // handed to the city of A, which lies beyond a county officer's scope
            return !writer ? 403 : hidden ? 404 : caller.role().equals("school_admin") ? 403 : caller.seesB() ? 200 : 404;
        }
        if (endpoint.equals("DELETE /api/v1/placements/{id}") || endpoint.equals("DELETE /api/v1/outcomes/{id}")) {
            return !writer ? 403 : hidden ? 404 : 204;
        }
        if (endpoint.startsWith("PUT")) {
            if (!writer) {
                return 403;
            }
            return hidden ? 404 : endpoint.equals("PUT /api/v1/programmes/{id}") && caller.role().equals("school_admin") ? 403 : 200;
        }
        if (endpoint.startsWith("POST") && !endpoint.endsWith("/what-if")) {
            if (!writer || endpoint.equals("POST /api/v1/programmes") && caller.role().equals("school_admin")) {
                return 403;
            }
            if (endpoint.equals("POST /api/v1/rotation-plans") || endpoint.endsWith("/stop") || endpoint.endsWith("/resolve")) {
                return hidden ? 404 : 202;
            }
            return hidden ? 404 : endpoint.endsWith("/state") ? 200 : 201;
        }
        if ((endpoint.equals("GET /api/v1/audit") || endpoint.startsWith("GET /api/v1/summary"))
                && caller.role().equals("school_admin")) {
            return 403;
        }
        if (endpoint.equals("GET /api/v1/regions")) {
            return 200;
        }
        return hidden ? 404 : 200;
    }

    /** The context is shared with other tests: the province goes back to the national profile. */
    @org.junit.jupiter.api.AfterAll
    void theProvinceBackOnTheNationalProfile() {
        profiles.reset(PROVINCE);
    }

    @Test
    void everyEndpointAnswersEveryRoleAsTheRulesPromiseInsideAndOutsideItsScope() {
        client("admin", IntegrationTest.ADMIN_PASSWORD).post().uri("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", "m-spare", "password", PASSWORD, "role", "inspector")).exchange();
        List<String> wrong = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String endpoint : endpoints()) {
            if (sample(endpoint, A) == null) {
                missing.add(endpoint);
                continue;
            }
            for (Caller caller : callers) {
                for (String county : List.of(A, B, CROSS)) {
                    Sample sample = sample(endpoint, county);
                    if (sample == null) {
                        continue;
                    }
                    RestTestClient.RequestBodySpec request = client(caller.user(), passwordOf(caller))
                            .method(sample.method()).uri(sample.uri());
                    if (sample.body() != null) {
                        request.contentType(sample.type()).body(sample.body());
                    }
                    if (sample.ifMatch() != null) {
                        request.header("If-Match", sample.ifMatch());
                    }
                    boolean write = sample.method() != HttpMethod.GET;
                    long auditBefore = write ? auditTotal() : 0;
                    long refusalsBefore = refusals();
                    int status = request.exchange().returnResult(String.class).getStatus().value();
                    int expected = county.equals(CROSS) ? expectedAcross(caller, endpoint)
                            : expected(caller, endpoint, county.equals(B));
                    if (status != expected) {
                        wrong.add(caller.role() + " " + endpoint + " (county " + county + "): " + status + ", expected " + expected);
                    }
                    // every accepted change leaves exactly one audit record; what-if and refusals leave none
                    long recorded = write ? auditTotal() - auditBefore : 0;
                    // accepting a one-move plan creates its programme and its placement; a school moved or a programme
                    // handed on is on the trail of both regions
                    long expectedRecords = write && !endpoint.endsWith("/what-if") && status < 300
                            ? endpoint.endsWith("/accept") || endpoint.endsWith("/county") || endpoint.endsWith("/owner")
                            ? 2 : 1 : 0;
                    if (recorded != expectedRecords) {
                        wrong.add(caller.role() + " " + endpoint + " (county " + county + "): " + recorded
                                + " audit records, expected " + expectedRecords);
                    }
                    // an import refused for reaching beyond the scope is on the trail of the counties it reached for
                    if (endpoint.equals("POST /api/v1/imports") && status == 422 && refusals() == refusalsBefore) {
                        wrong.add(caller.role() + " " + endpoint + " (county " + county + "): refused without an audit record");
                    }
                }
            }
        }
        assertThat(missing).as("endpoints without a sample request in the access matrix").isEmpty();
        assertThat(wrong).as("answers that break the access rules").isEmpty();
        assertThat(endpoints()).hasSizeGreaterThanOrEqualTo(68);
    }
}
