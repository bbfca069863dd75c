package org.junheng.web;

import org.junheng.IntegrationTest;
import org.junheng.SchoolStatsCsv;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.junheng.Uploads.upload;

@IntegrationTest
class ApiIT {

    @LocalServerPort
    int port;

    RestTestClient client;

    @BeforeEach
    void connect() {
        client = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    private RestTestClient.RequestHeadersSpec<?> asAdmin(RestTestClient.RequestHeadersSpec<?> request) {
        return request.headers(h -> h.setBasicAuth("admin", IntegrationTest.ADMIN_PASSWORD));
    }



    @Test
    void theApiNeedsAuthentication() {
        client.get().uri("/api/v1/schools").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void healthIsOpenAndTheApiDescriptionIsForSignedInUsers() {
        client.get().uri("/actuator/health").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        client.get().uri("/v3/api-docs").exchange()
                .expectStatus().isUnauthorized();
        client.get().uri("/swagger-ui/index.html").header("Accept", "text/html").exchange().expectStatus().is3xxRedirection();
        asAdmin(client.get().uri("/v3/api-docs")).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.paths['/api/v1/imports']").exists()
                .jsonPath("$.paths['/api/v1/schools/{code}']").exists()
                .jsonPath("$.info.title").isEqualTo("均衡 Junheng API")
                .jsonPath("$.components.securitySchemes.basicAuth.scheme").isEqualTo("basic")
                .jsonPath("$.components.securitySchemes.apiToken.scheme").isEqualTo("bearer")
                .jsonPath("$.security[0].basicAuth").exists();
    }

    @Test
    void metricsAreForSystemAdministrators() {
        client.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
        asAdmin(client.get().uri("/actuator/prometheus")).exchange().expectStatus().isOk();
    }

    @Test
    void anUploadWithErrorsAnswers422WithTheErrorListAndStoresNothing() {
        String bad = SchoolStatsCsv.of("440101", SchoolStatsCsv.JUNIOR.formatted(1, 1),
                SchoolStatsCsv.JUNIOR.formatted(2, 2).replace(",900,", ",-900,"));

        asAdmin(client.post().uri("/api/v1/imports").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(upload("school-stats", "bad.csv", bad)))
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].row").isEqualTo(3)
                .jsonPath("$.errors[0].column").isEqualTo("students_junior")
                .jsonPath("$.report.stored").isEqualTo(false);

        asAdmin(client.get().uri("/api/v1/schools?county=440101")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.totalElements").isEqualTo(0);
    }

    @Test
    void aGoodUploadIsStoredAndTheSchoolsAreListedWithTheirStatistics() {
        String good = SchoolStatsCsv.juniorSchools("440102", 3);

        asAdmin(client.post().uri("/api/v1/imports").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(upload("school-stats", "good.csv", good)))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.stored").isEqualTo(true)
                .jsonPath("$.rowsStored").isEqualTo(3);

        asAdmin(client.get().uri("/api/v1/schools?county=440102&type=junior&size=2")).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.totalElements").isEqualTo(3)
                .jsonPath("$.content.length()").isEqualTo(2)
                .jsonPath("$.content[0].code").isEqualTo("2440102001");
        asAdmin(client.get().uri("/api/v1/schools/2440102002")).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.school.name").isEqualTo("接口第2中学")
                .jsonPath("$.statistics[0].year").isEqualTo(2025)
                .jsonPath("$.statistics[0].junior.students").isEqualTo(900);
        asAdmin(client.get().uri("/api/v1/regions")).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.code == '440000')].name").isEqualTo("广东省");
    }

    @Test
    void anUnknownSchoolIs404AndABadFilterIs400() {
        asAdmin(client.get().uri("/api/v1/schools/9999999999")).exchange().expectStatus().isNotFound();
        asAdmin(client.get().uri("/api/v1/schools?type=university")).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("type");
        asAdmin(client.get().uri("/api/v1/schools?size=100000")).exchange().expectStatus().isBadRequest();
    }

    @Test
    void teachersAreListedBySchool() {
        asAdmin(client.post().uri("/api/v1/imports").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(upload("school-stats", "s.csv", SchoolStatsCsv.of("440103", SchoolStatsCsv.JUNIOR.formatted(1, 1)))))
                .exchange().expectStatus().isOk();
        String teachers = """
                teacher_id,school_code,stage,subject,gender,birth_year,education,title,backbone_level,special_grade,subject_leader,years_at_school,rural_years,seeking_senior_title,exempt
                T-440103-1,2440103001,junior,math,female,1985,bachelor,first,county,否,否,8,3,是,否
                T-440103-2,2440103001,junior,pe,male,1990,bachelor,second,none,否,否,4,0,否,否
                """;

        asAdmin(client.post().uri("/api/v1/imports").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(upload("teachers", "t.csv", teachers)))
                .exchange().expectStatus().isOk();

        asAdmin(client.get().uri("/api/v1/teachers?school=2440103001")).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.totalElements").isEqualTo(2)
                .jsonPath("$.content[0].subject").isEqualTo("math");
    }

    @Test
    void anUnknownImportTypeIs400() {
        asAdmin(client.post().uri("/api/v1/imports").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(upload("budgets", "b.csv", "a,b\n")))
                .exchange().expectStatus().isBadRequest();
    }

    @Test
    void aRegionsFileNamesAndTagsCountiesInTheRegionTree() {
        String regions = """
                region_code,region_name,tags
                520000,贵州省,
                522600,黔东南苗族侗族自治州,
                522631,黎平县,mountain;ethnic;revolutionary_base
                """;

        asAdmin(client.post().uri("/api/v1/imports").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(upload("regions", "regions.csv", regions)))
                .exchange().expectStatus().isOk();

        asAdmin(client.get().uri("/api/v1/regions")).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.code == '520000')].children[0].name").isEqualTo("黔东南苗族侗族自治州")
                .jsonPath("$[?(@.code == '520000')].children[0].children[0].tags.length()").isEqualTo(3)
                .jsonPath("$[?(@.code == '520000')].children[0].children[0].level").isEqualTo("county");
    }
}
