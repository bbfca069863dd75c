package org.junheng.assessment;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junheng.DemoImport;
import org.junheng.IntegrationTest;
import org.junheng.Publications;
import org.junheng.importing.ImportProgress;
import org.junheng.importing.ImportReport;
import org.junheng.importing.ImportType;
import org.junheng.importing.Importer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A re-assessment that fails after an import: the import stands, the publication stays incomplete in
 * the registry where it can be seen, and resubmitting it re-assesses the county once the fault is gone.
 */
@IntegrationTest
class ReassessmentFailureIT {

    private static final String A = "990121";

    /** Rotation records that fail for one county while {@link #failFor} names it — a database gone away, say. */
    static class FailingRotationRecords implements RotationRecords {

        volatile String failFor;

        @Override
        public Map<String, TeacherRotation> rotations(String regionCode, int year) {
            if (regionCode != null && regionCode.equals(failFor)) {
                throw new IllegalStateException("rotation records of " + regionCode + " cannot be read");
            }
            return Map.of();
        }
    }

    @TestConfiguration
    static class Failing {

        @Bean
        FailingRotationRecords failingRotationRecords() {
            return new FailingRotationRecords();
        }
    }

    @Autowired
    Importer importer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FailingRotationRecords rotationRecords;

    @Autowired
    IncompleteEventPublications incomplete;

    private Map<String, Timestamp> assessedAt(String county) {
        return jdbc.query("SELECT method, assessed_at FROM assessment_county WHERE stat_year = 2025 AND county_code = ?",
                        (rs, i) -> Map.entry(rs.getString(1), rs.getTimestamp(2)), county).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Test
    void aFailedReassessmentLeavesTheImportStoredAndItsPublicationIncompleteUntilResubmitted(@TempDir Path demo)
            throws Exception {
        DemoImport.importDemo(importer, demo, 2, ImportType.REGIONS, ImportType.SCHOOL_STATS);
        Publications.awaitSettled(jdbc);
        Map<String, Timestamp> before = assessedAt(A);
        assertThat(before).containsKeys("quality-2017", "basic-2012");
        int incompleteBefore = Publications.incomplete(jdbc);

        // given the county's re-assessment fails
        rotationRecords.failFor = A;
        List<String> lines = Files.readAllLines(demo.resolve("county-facts.csv"), UTF_8);
        String onlyA = lines.get(0) + "\n" + lines.stream().skip(1).filter(l -> l.contains(A)).collect(Collectors.joining("\n"))
                + "\n";

        // when its facts are imported
        ImportReport report = importer.importFile(ImportType.COUNTY_FACTS, new ByteArrayInputStream(onlyA.getBytes(UTF_8)),
                "county-facts.csv", Locale.ENGLISH, ImportProgress.NONE);
        Publications.awaitSettled(jdbc);

        // then the import is stored, the kept results are those of before, and the publication is there to be seen
        assertThat(report.stored()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM county_fact WHERE county_code = ? AND stat_year = 2025",
                Integer.class, A)).isPositive();
        assertThat(assessedAt(A)).isEqualTo(before);
        assertThat(Publications.incomplete(jdbc)).isEqualTo(incompleteBefore + 1);
        assertThat(jdbc.queryForObject("SELECT event_type FROM event_publication WHERE completion_date IS NULL "
                + "ORDER BY publication_date DESC FETCH FIRST 1 ROWS ONLY", String.class)).endsWith("AssessmentDataImported");

        // when the fault is gone and the publication is resubmitted (as the retry does)
        rotationRecords.failFor = null;
        incomplete.resubmitIncompletePublications(publication -> true);
        Publications.awaitSettled(jdbc);

        // then the county is re-assessed and nothing is left incomplete
        Map<String, Timestamp> after = assessedAt(A);
        assertThat(after.get("quality-2017")).isAfter(before.get("quality-2017"));
        assertThat(after.get("basic-2012")).isAfter(before.get("basic-2012"));
        assertThat(Publications.incomplete(jdbc)).isEqualTo(incompleteBefore);
    }
}
