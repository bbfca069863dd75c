package org.junheng.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.junheng.IntegrationTest;
import org.junheng.SchoolStatsCsv;
import org.junheng.registry.Registry;
import org.junheng.registry.SchoolQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junheng.Uploads.upload;

/**
 * Twenty imports sent at once, on each database of the suite: every answer tells the truth. An import
 * answered 200 is stored; one turned away is answered 429 with when to try again and nothing of it is
 * stored; no answer is a 500, and nothing is stored that was not answered 200.
 */
@IntegrationTest
class ConcurrentImportsIT {

    private static final int AT_ONCE = 20;

    @LocalServerPort
    int port;

    @Autowired
    Registry registry;

    @Autowired
    JdbcTemplate jdbc;

    RestTestClient client;

    @BeforeEach
    void connect() {
        client = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    /** What the server answered one upload. */
    record Answer(int status, String retryAfter) {
    }

    @Test
    void twentyImportsOfOneCountyAtOnceAreEachStoredAndSaidSoOrTurnedAwayWithWhenToRetry() throws Exception {
        String county = "440301";
        long importsBefore = storedImportsOf("same-county.csv");

        List<Answer> answers = atOnce(i -> SchoolStatsCsv.juniorSchools(county, 3), i -> "same-county.csv");

        assertThat(answers).extracting(Answer::status).allMatch(s -> s == 200 || s == 429);
        long stored = answers.stream().filter(a -> a.status() == 200).count();
        assertThat(stored).isPositive();
        assertThat(answers).filteredOn(a -> a.status() == 429).allSatisfy(a -> assertThat(a.retryAfter()).matches("\\d+"));
        assertThat(storedImportsOf("same-county.csv") - importsBefore).as("imports on the audit trail").isEqualTo(stored);
        assertThat(registry.findSchools(new SchoolQuery(county, null, null), 0, 10).totalElements()).isEqualTo(3);
    }

    @Test
    void twentyImportsOfTwentyNewCountiesAtOnceStoreExactlyTheCountiesAnswered200() throws Exception {
        List<Answer> answers = atOnce(i -> SchoolStatsCsv.juniorSchools(countyOf(i), 2), i -> "county-" + countyOf(i) + ".csv");

        assertThat(answers).extracting(Answer::status).allMatch(s -> s == 200 || s == 429);
        Map<String, Long> storedSchools = new TreeMap<>();
        Map<String, Long> expected = new TreeMap<>();
        for (int i = 0; i < AT_ONCE; i++) {
            storedSchools.put(countyOf(i), registry.findSchools(new SchoolQuery(countyOf(i), null, null), 0, 10)
                    .totalElements());
            expected.put(countyOf(i), answers.get(i).status() == 200 ? 2L : 0L);
        }
        assertThat(storedSchools).as("schools stored per county").isEqualTo(expected);
        assertThat(answers).extracting(Answer::status).contains(200);
    }

    /** Twenty counties of a city no other test uses, one per upload. */
    private static String countyOf(int i) {
        return "4402%02d".formatted(i + 1);
    }

    private long storedImportsOf(String fileName) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'import' AND entity_id = ?", Long.class,
                fileName);
    }

    /** Sends the uploads from twenty threads released together, and gives each one's answer in upload order. */
    private List<Answer> atOnce(IntFunction<String> content, IntFunction<String> fileName) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(AT_ONCE);
        try {
            List<Future<Answer>> sent = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                int n = i;
                sent.add(threads.submit(() -> {
                    start.await();
                    var result = client.post().uri("/api/v1/imports")
                            .headers(h -> h.setBasicAuth("admin", IntegrationTest.ADMIN_PASSWORD))
                            .contentType(MediaType.MULTIPART_FORM_DATA)
                            .body(upload("school-stats", fileName.apply(n), content.apply(n)))
                            .exchange().returnResult(String.class);
                    return new Answer(result.getStatus().value(), result.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER));
                }));
            }
            start.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> answer : sent) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }
}
