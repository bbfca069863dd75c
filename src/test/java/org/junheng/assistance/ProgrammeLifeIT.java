package org.junheng.assistance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junheng.DemoImport;
import org.junheng.IntegrationTest;
import org.junheng.importing.ImportType;
import org.junheng.importing.Importer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junheng.Uploads.file;

/** Each kind of programme through its life over the API, and its summary against the records counted here. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammeLifeIT {

    private static final String COUNTY = "990122";

    @Autowired
    Importer importer;

    @LocalServerPort
    int port;

    RestTestClient admin;
    final List<String> schools = new ArrayList<>();

    @BeforeAll
    void importACounty(@TempDir Path demo) throws Exception {
        DemoImport.importDemo(importer, demo, 2, ImportType.REGIONS, ImportType.SCHOOL_STATS);
        connect();
        json(admin.get().uri("/api/v1/schools?county=" + COUNTY + "&type=primary&size=6")).get("content")
                .forEach(s -> schools.add(s.get("code").asString()));
    }

    @BeforeEach
    void connect() {
        admin = RestTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth("admin", IntegrationTest.ADMIN_PASSWORD)).build();
    }

    private static JsonNode json(RestTestClient.RequestHeadersSpec<?> request) {
        return JsonMapper.builder().build().readTree(request.exchange().expectBody().returnResult().getResponseBody());
    }

    private JsonNode post(String uri, Object body, int status) {
        byte[] response = admin.post().uri(uri).contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isEqualTo(status).expectBody().returnResult().getResponseBody();
        return JsonMapper.builder().build().readTree(response);
    }

    private Map<String, Object> programme(String kind, Map<String, String> roles) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "name", kind + " 帮扶", "ownerRegion", COUNTY,
                "startDate", "2025-09-01", "endDate", "2026-07-31", "goals", "三个精准：措施、人选、对象",
                "schools", roles.entrySet().stream().map(e -> Map.of("schoolCode", e.getKey(), "role", e.getValue())).toList()));
        if (kind.equals("community")) {
            body.put("communityType", "integrated");
        }
        return body;
    }

    private void livesThrough(String kind, Map<String, String> roles, String helped, String helper) {
        long id = post("/api/v1/programmes", programme(kind, roles), 201).get("id").asLong();

        JsonNode need = post("/api/v1/needs", Map.of("programmeId", id, "schoolCode", helped, "subject", "math",
                "category", "teaching", "description", "青年教师课堂教学需要示范课"), 201);
        for (String state : List.of("planned", "addressed", "confirmed")) {
            need = post("/api/v1/needs/" + need.get("id").asLong() + "/state",
                    Map.of("state", state, "version", need.get("version").asInt()), 200);
        }
        post("/api/v1/needs", Map.of("programmeId", id, "schoolCode", helped, "category", "management",
                "description", "教研组建设"), 201);
        int[] batches = {1, 1, 2, 3, 3, 3};
        for (int i = 0; i < batches.length; i++) {
            post("/api/v1/placements", Map.of("programmeId", id, "kind", i < 4 ? "support_teaching" : "shadowing",
                    "person", "教师" + i, "fromSchool", helper, "toSchool", helped, "startDate", "2025-10-0" + (i + 1),
                    "endDate", "2025-12-31", "batch", batches[i]), 201);
        }

        post("/api/v1/activities", Map.of("programmeId", id, "kind", "demonstration_lesson", "heldOn", "2025-11-12",
                "schoolCode", helped, "experts", 2, "teachersReached", 30, "studentsReached", 45, "hours", 3, "rating", 5), 201);
        post("/api/v1/activities", Map.of("programmeId", id, "kind", "symposium", "heldOn", "2025-11-13",
                "schoolCode", helped, "experts", 1, "teachersReached", 12, "studentsReached", 0, "hours", 2), 201);
        post("/api/v1/activities", Map.of("programmeId", id, "kind", "symposium", "heldOn", "2025-11-20",
                "schoolCode", helped, "experts", 3, "teachersReached", 20, "studentsReached", 0, "hours", 1.5,
                "rating", 6), 400);

        post("/api/v1/outcomes", Map.of("programmeId", id, "kind", "honour", "level", "province", "title", "省级骨干教师",
                "schoolCode", helped, "person", "教师0", "achievedOn", "2026-03-01"), 201);
        post("/api/v1/outcomes", Map.of("programmeId", id, "kind", "studio", "level", "county", "title", "乡村名师工作室",
                "schoolCode", helped, "achievedOn", "2026-04-01"), 201);
        post("/api/v1/outcomes", Map.of("programmeId", id, "kind", "contest_award", "level", "city", "title", "优质课一等奖",
                "schoolCode", helped, "achievedOn", "2025-06-01"), 400); // before the programme started

        post("/api/v1/remote-classrooms", Map.of("programmeId", id, "schoolCode", helped, "partnerSchool", helper,
                "kind", "delivered_class", "openedOn", "2025-09-20"), 201);
        post("/api/v1/donations", Map.of("programmeId", id, "schoolCode", helped, "donor", "爱心企业", "items", "图书 500 册",
                "valueYuan", 12000.50, "donatedOn", "2025-10-01"), 201);
        post("/api/v1/donations", Map.of("programmeId", id, "schoolCode", helped, "donor", "校友会", "items", "体育器材",
                "valueYuan", 3000, "donatedOn", "2025-10-02"), 201);
        post("/api/v1/donations", Map.of("programmeId", id, "schoolCode", helped, "donor", "校友会", "items", "体育器材",
                "valueYuan", -1, "donatedOn", "2025-10-02"), 400);
        post("/api/v1/class-pairings", Map.of("programmeId", id, "schoolCode", helped, "className", "四年级(1)班",
                "partnerSchool", helper, "partnerClass", "四年级(3)班", "studentPairs", 38, "pairedOn", "2025-10-01"), 201);
        post("/api/v1/class-pairings", Map.of("programmeId", id, "schoolCode", helped, "className", "五年级(2)班",
                "partnerSchool", helper, "partnerClass", "五年级(1)班", "studentPairs", 41, "pairedOn", "2025-10-01"), 201);

        JsonNode summary = json(admin.get().uri("/api/v1/programmes/" + id + "/summary"));
        assertThat(summary.get("visits").asInt()).isEqualTo(2);
        assertThat(summary.get("visitsByKind").get("symposium").asInt()).isEqualTo(1);
        assertThat(summary.get("expertPersonTimes").asInt()).isEqualTo(3);
        assertThat(summary.get("teachersReached").asInt()).isEqualTo(42);
        assertThat(summary.get("studentsReached").asInt()).isEqualTo(45);
        // counted independently: placements 0–3 support teaching in batches 1,1,2,3; 4–5 shadowing in batch 3
        assertThat(summary.get("placementPersonTimes").get("support_teaching").asInt()).isEqualTo(4);
        assertThat(summary.get("placementBatches").get("support_teaching").asInt()).isEqualTo(3);
        assertThat(summary.get("placementPersonTimes").get("shadowing").asInt()).isEqualTo(2);
        assertThat(summary.get("placementBatches").get("shadowing").asInt()).isEqualTo(1);
        assertThat(summary.get("needsRaised").asInt()).isEqualTo(2);
        assertThat(summary.get("needsAddressed").asInt()).isEqualTo(1);
        assertThat(summary.get("needsConfirmed").asInt()).isEqualTo(1);
        assertThat(summary.get("outcomes").asInt()).isEqualTo(2);
        assertThat(summary.get("remoteClassrooms").asInt()).isEqualTo(1);
        assertThat(summary.get("donations").asInt()).isEqualTo(2);
        assertThat(summary.get("donationValue").decimalValue()).isEqualByComparingTo("15000.50");
        assertThat(summary.get("studentPairs").asInt()).isEqualTo(79);
        assertThat(summary.get("outcomesByKind").get("honour").asInt()).isEqualTo(1);
        assertThat(summary.get("outcomesByKind").get("studio").asInt()).isEqualTo(1);
        assertThat(summary.get("outcomesByKind").get("contest_award").asInt()).isZero();
        assertThat(summary.get("pairs").asInt()).isEqualTo(kind.equals("pairing")
                ? (int) roles.values().stream().filter("helped"::equals).count() : 0);
        assertThat(json(admin.get().uri("/api/v1/programmes/" + id + "/needs"))).hasSize(2);
        assertThat(json(admin.get().uri("/api/v1/programmes/" + id + "/outcomes"))).hasSize(2);
        String report = admin.get().uri("/api/v1/programmes/" + id + "/experience-summary?format=html").exchange()
                .expectStatus().isOk().returnResult(String.class).getResponseBody();
        assertThat(report).contains("支教 4 人次（3 批）").contains("跟岗实训 2 人次（1 批）").contains("经受援校确认 1 项")
                .contains("学生手拉手结对 79 对");
        byte[] pdf = admin.get().uri("/api/v1/programmes/" + id + "/experience-summary?format=pdf").exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBody();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", ""))
                    .contains("支教4人次（3批）").contains("学生手拉手结对79对");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        byte[] docx = admin.get().uri("/api/v1/programmes/" + id + "/experience-summary?format=docx").exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBody();
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
             var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("支教 4 人次（3 批）").contains("经受援校确认 1 项");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(json(admin.get().uri("/api/v1/programmes/" + id + "/placements"))).hasSize(6);
    }

    @Test
    void aPairingLivesThroughNeedsPlacementsAndItsSummary() {
        livesThrough("pairing", Map.of(schools.get(0), "helper", schools.get(1), "helped", schools.get(2), "helped"),
                schools.get(1), schools.get(0));
        long helped = json(admin.get().uri("/api/v1/programmes?region=" + COUNTY)).findValues("role").stream()
                .filter(r -> r.asString().equals("helped")).count();
        assertThat(helped).isGreaterThanOrEqualTo(2);
    }

    @Test
    void anEducationCommunityLivesThroughItsLife() {
        livesThrough("community", Map.of(schools.get(0), "lead", schools.get(3), "member"), schools.get(3), schools.get(0));
    }

    @Test
    void aLiaisonTeamLivesThroughItsLife() {
        livesThrough("liaison", Map.of(schools.get(4), "helped"), schools.get(4), schools.get(0));
    }

    @Test
    void aOnePlusOnePlusNGroupLivesThroughItsLife() {
        livesThrough("group", Map.of(schools.get(0), "helper", schools.get(5), "helped", schools.get(4), "helped"),
                schools.get(5), schools.get(0));
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndChangesNothing() {
        int before = json(admin.get().uri("/api/v1/programmes?region=" + COUNTY)).size();
        Map<String, Object> endsEarly = programme("pairing", Map.of(schools.get(0), "helper", schools.get(1), "helped"));
        endsEarly.put("endDate", "2025-08-01");

        assertThat(post("/api/v1/programmes", endsEarly, 400).get("errors").get(0).get("field").asString())
                .isEqualTo("endDate");
        assertThat(post("/api/v1/programmes", programme("pairing", Map.of(schools.get(0), "helper", "2990122999", "helped")),
                400).get("errors").get(0).get("field").asString()).isEqualTo("schools");
        assertThat(post("/api/v1/programmes", programme("pairing", Map.of(schools.get(0), "helper")), 400)
                .get("errors").get(0).get("message").asString()).contains("helped");
        assertThat(json(admin.get().uri("/api/v1/programmes?region=" + COUNTY))).hasSize(before);
    }

    @Test
    void aNeedMovesOneStepAtATimeAndAStaleVersionIsAConflict() {
        long id = post("/api/v1/programmes", programme("pairing", Map.of(schools.get(0), "helper", schools.get(1), "helped")),
                201).get("id").asLong();
        JsonNode need = post("/api/v1/needs", Map.of("programmeId", id, "schoolCode", schools.get(1), "category", "teaching",
                "description", "作文教学"), 201);
        long needId = need.get("id").asLong();

        assertThat(post("/api/v1/needs/" + needId + "/state", Map.of("state", "confirmed", "version", 0), 400)
                .get("errors").get(0).get("field").asString()).isEqualTo("state");
        post("/api/v1/needs/" + needId + "/state", Map.of("state", "planned", "version", 0), 200);
        post("/api/v1/needs/" + needId + "/state", Map.of("state", "addressed", "version", 0), 409);
    }

    private long pairingOfTwo() {
        return post("/api/v1/programmes", programme("pairing", Map.of(schools.get(0), "helper", schools.get(1), "helped")),
                201).get("id").asLong();
    }

    private RestTestClient.ResponseSpec put(String uri, Object body, String ifMatch) {
        RestTestClient.RequestBodySpec request = admin.put().uri(uri).contentType(MediaType.APPLICATION_JSON);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.body(body).exchange();
    }

    @Test
    void aRecordIsUpdatedWithTheETagItWasReadAtAndAStaleOrMissingTagChangesNothing() {
        long id = pairingOfTwo();
        Map<String, Object> activity = new HashMap<>(Map.of("programmeId", id, "kind", "lecture", "heldOn", "2025-10-15",
                "schoolCode", schools.get(1), "experts", 1, "teachersReached", 20, "studentsReached", 0, "hours", 2));
        JsonNode created = post("/api/v1/activities", activity, 201);
        String uri = "/api/v1/activities/" + created.get("id").asLong();
        String etag = admin.get().uri(uri).exchange().expectStatus().isOk().returnResult(String.class)
                .getResponseHeaders().getETag();
        assertThat(etag).isEqualTo("\"0\"");

        activity.put("teachersReached", 35);
        activity.put("feedback", "课堂示范很有针对性");
        activity.put("rating", 5);
        put(uri, activity, null).expectStatus().isEqualTo(428);
        put(uri, activity, etag).expectStatus().isOk().expectHeader().valueEquals("ETag", "\"1\"");
        activity.put("teachersReached", 99);
        put(uri, activity, etag).expectStatus().isEqualTo(412);

        JsonNode stored = json(admin.get().uri(uri));
        assertThat(stored.get("teachersReached").asInt()).isEqualTo(35);
        assertThat(stored.get("rating").asInt()).isEqualTo(5);
        assertThat(stored.get("version").asInt()).isEqualTo(1);
        assertThat(json(admin.get().uri("/api/v1/programmes/" + id + "/summary")).get("teachersReached").asInt())
                .isEqualTo(35);
    }

    @Test
    void aPlacementRecordedInErrorIsWithdrawnAtItsVersionAndNoLongerCounts() {
        long id = pairingOfTwo();
        JsonNode placed = post("/api/v1/placements", Map.of("programmeId", id, "kind", "support_teaching", "person", "支教教师丙",
                "toSchool", schools.get(1), "startDate", "2025-09-01", "endDate", "2026-01-31", "batch", 1), 201);
        String uri = "/api/v1/placements/" + placed.get("id").asLong();
        assertThat(json(admin.get().uri("/api/v1/programmes/" + id + "/summary")).get("placementPersonTimes")
                .path("support_teaching").asLong()).isEqualTo(1);

        admin.delete().uri(uri).exchange().expectStatus().isEqualTo(428);
        admin.delete().uri(uri).header("If-Match", "\"7\"").exchange().expectStatus().isEqualTo(412);
        admin.get().uri(uri).exchange().expectStatus().isOk();
        admin.delete().uri(uri).header("If-Match", "\"0\"").exchange().expectStatus().isNoContent();

        admin.get().uri(uri).exchange().expectStatus().isNotFound();
        assertThat(json(admin.get().uri("/api/v1/programmes/" + id + "/summary")).get("placementPersonTimes")
                .path("support_teaching").asLong(0)).isZero();
        assertThat(json(admin.get().uri("/api/v1/audit?entity=placement")).toString()).contains("withdraw").contains("支教教师丙");
    }

    @Test
    void aProgrammeIsRenamedAndGivenASchoolButASchoolWithRecordsCannotLeaveIt() {
        long id = pairingOfTwo();
        post("/api/v1/needs", Map.of("programmeId", id, "schoolCode", schools.get(1), "category", "teaching",
                "description", "实验教学"), 201);
        Map<String, Object> changed = programme("pairing", Map.of(schools.get(0), "helper", schools.get(1), "helped",
                schools.get(2), "helped"));
        changed.put("name", "城乡结对（扩大）");

        put("/api/v1/programmes/" + id, changed, "\"0\"").expectStatus().isOk();
        JsonNode stored = json(admin.get().uri("/api/v1/programmes/" + id));
        assertThat(stored.get("name").asString()).isEqualTo("城乡结对（扩大）");
        assertThat(stored.get("schools")).hasSize(3);

        Map<String, Object> withoutHelped = programme("pairing", Map.of(schools.get(0), "helper", schools.get(2), "helped"));
        put("/api/v1/programmes/" + id, withoutHelped, "\"1\"").expectStatus().isBadRequest();
        assertThat(json(admin.get().uri("/api/v1/programmes/" + id)).get("schools")).hasSize(3);
    }

    @Test
    void recordsAreListedWithFiltersAndPaging() {
        long id = pairingOfTwo();
        for (int day = 1; day <= 5; day++) {
            post("/api/v1/activities", Map.of("programmeId", id, "kind", day % 2 == 0 ? "symposium" : "lecture",
                    "heldOn", "2025-11-0" + day, "schoolCode", schools.get(1), "experts", 1, "teachersReached", 10,
                    "studentsReached", 0, "hours", 1), 201);
        }

        JsonNode lectures = json(admin.get().uri("/api/v1/activities?programme=" + id + "&kind=lecture&size=2"));
        assertThat(lectures.get("totalElements").asInt()).isEqualTo(3);
        assertThat(lectures.get("content")).hasSize(2);
        assertThat(lectures.get("totalPages").asInt()).isEqualTo(2);
        JsonNode inPeriod = json(admin.get().uri("/api/v1/activities?programme=" + id + "&from=2025-11-02&to=2025-11-04"));
        assertThat(inPeriod.get("totalElements").asInt()).isEqualTo(3);
        assertThat(json(admin.get().uri("/api/v1/activities?region=" + COUNTY + "&school=" + schools.get(1)))
                .get("totalElements").asInt()).isGreaterThanOrEqualTo(5);
        admin.get().uri("/api/v1/activities?kind=party").exchange().expectStatus().isBadRequest();
        admin.get().uri("/api/v1/activities?size=501").exchange().expectStatus().isBadRequest();
    }

    @Test
    void anActivityWithARatingOutOfRangeOrAtAnUnknownSchoolIsRefusedAndNothingIsStored() {
        long id = pairingOfTwo();
        Map<String, Object> activity = new HashMap<>(Map.of("programmeId", id, "kind", "lecture", "heldOn", "2025-10-15",
                "schoolCode", schools.get(1), "experts", 1, "teachersReached", 20, "studentsReached", 0, "hours", 2,
                "rating", 0));

        assertThat(post("/api/v1/activities", activity, 400).get("errors").get(0).get("field").asString()).isEqualTo("rating");
        activity.put("rating", 3);
        activity.put("schoolCode", "2990122999");
        assertThat(post("/api/v1/activities", activity, 400).get("errors").get(0).get("field").asString())
                .isEqualTo("schoolCode");
        assertThat(json(admin.get().uri("/api/v1/programmes/" + id + "/activities"))).isEmpty();
        assertThat(json(admin.get().uri("/api/v1/programmes/" + id + "/summary")).get("visits").asInt()).isZero();
    }

    /** An upload whose multipart body is written byte for byte, so that the file name reaches the server as sent. */
    private int rawEvidenceUpload(String uri, String name, byte[] content) throws Exception {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.write(("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.write(content);
        body.write("\r\n--b--\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + uri))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        ("admin:" + IntegrationTest.ADMIN_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private int uploadEvidence(String uri, String name, byte[] content) {
        return admin.post().uri(uri).contentType(MediaType.MULTIPART_FORM_DATA).body(file(name, content)).exchange()
                .returnResult(String.class).getStatus().value();
    }

    @Test
    void evidenceIsStoredAndReturnedAsUploadedButATooLargeOrMisnamedFileIsRefusedAndLeavesNothing() throws Exception {
        long id = pairingOfTwo();
        long activity = post("/api/v1/activities", Map.of("programmeId", id, "kind", "demonstration_lesson",
                "heldOn", "2025-10-15", "schoolCode", schools.get(1), "experts", 1, "teachersReached", 20,
                "studentsReached", 40, "hours", 1), 201).get("id").asLong();
        String uri = "/api/v1/activities/" + activity + "/evidence";
        byte[] photo = new byte[5000];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(signature, 0, photo, 0, signature.length);
        photo[4999] = 42;
        Path evidenceDirectory = Path.of(System.getProperty("java.io.tmpdir"), "junheng-test-data", "evidence",
                String.valueOf(activity));

        assertThat(uploadEvidence(uri, "示范课照片.png", photo)).isEqualTo(201);
        JsonNode listed = json(admin.get().uri(uri));
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("fileName").asString()).isEqualTo("示范课照片.png");
        assertThat(listed.get(0).get("sizeBytes").asLong()).isEqualTo(5000);
        byte[] downloaded = admin.get().uri("/api/v1/evidence/" + listed.get(0).get("id").asLong()).exchange()
                .expectStatus().isOk().expectHeader().contentType("image/png").expectBody().returnResult().getResponseBody();
        assertThat(downloaded).isEqualTo(photo);

        long storedBefore = filesIn(evidenceDirectory);

        byte[] tooLarge = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(signature, 0, tooLarge, 0, signature.length);
        assertThat(uploadEvidence(uri, "扫描件.png", tooLarge)).isEqualTo(400);
        assertThat(uploadEvidence(uri, "setup.exe", photo)).isEqualTo(400);
        assertThat(uploadEvidence(uri, "签到表.pdf", photo)).isEqualTo(400); // a PNG named .pdf
        assertThat(uploadEvidence(uri, "空.png", new byte[0])).isEqualTo(400);
        assertThat(uploadEvidence(uri, "照片\u202Egnp.exe", photo)).isEqualTo(400);
        assertThat(rawEvidenceUpload(uri, "photo\u0000.png", photo)).isEqualTo(400);

        assertThat(json(admin.get().uri(uri))).hasSize(1);
        assertThat(filesIn(evidenceDirectory)).isEqualTo(storedBefore);
    }

    private static long filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.count();
        }
    }

    @Test
    void aPlacementEndingBeforeItStartsOrOfANationalIdIsRefused() {
        long id = post("/api/v1/programmes", programme("pairing", Map.of(schools.get(0), "helper", schools.get(1), "helped")),
                201).get("id").asLong();
        Map<String, Object> placement = new HashMap<>(Map.of("programmeId", id, "kind", "support_teaching", "person", "教师甲",
                "toSchool", schools.get(1), "startDate", "2025-10-01", "endDate", "2025-09-01", "batch", 1));

        assertThat(post("/api/v1/placements", placement, 400).get("errors").get(0).get("field").asString())
                .isEqualTo("endDate");
        placement.put("endDate", "2025-12-01");
        placement.put("person", "350102198801011234");
        assertThat(post("/api/v1/placements", placement, 400).get("errors").get(0).get("field").asString())
                .isEqualTo("person");
        assertThat(json(admin.get().uri("/api/v1/programmes/" + id + "/placements"))).isEmpty();
    }
}
