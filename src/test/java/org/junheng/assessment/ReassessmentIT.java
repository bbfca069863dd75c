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
import org.junheng.importing.ImportType;
import org.junheng.importing.Importer;
import org.junheng.registry.Registry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * After an import, the kept results of the counties imported are made again — and only theirs; after
 * a school moves, those of the two counties it moved between.
 */
@IntegrationTest
class ReassessmentIT {

    private static final String A = "990121";
    private static final String B = "990122";

    @Autowired
    Importer importer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Registry registry;

    @Autowired
    AssessmentService assessments;

    private Map<String, Timestamp> assessedAt(int year) {
        return jdbc.query("SELECT county_code, method, assessed_at FROM assessment_county WHERE stat_year = ? "
                        + "AND county_code IN (?, ?)", (rs, i) -> Map.entry(rs.getString(1) + "/" + rs.getString(2),
                        rs.getTimestamp(3)), year, A, B).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Test
    void importingOneCountysFactsReassessesThatCountyAlone(@TempDir Path demo) throws Exception {
        DemoImport.importDemo(importer, demo, 2, ImportType.REGIONS, ImportType.SCHOOL_STATS);
        Publications.awaitSettled(jdbc);
        Map<String, Timestamp> before = assessedAt(2025);
        assertThat(before).containsKeys(A + "/quality-2017", A + "/basic-2012", B + "/quality-2017", B + "/basic-2012");
        Thread.sleep(20);

        List<String> lines = Files.readAllLines(demo.resolve("county-facts.csv"), UTF_8);
        String onlyA = lines.get(0) + "\n" + lines.stream().skip(1).filter(l -> l.contains(A)).collect(Collectors.joining("\n"))
                + "\n";
        assertThat(importer.importFile(ImportType.COUNTY_FACTS, new ByteArrayInputStream(onlyA.getBytes(UTF_8)),
                "county-facts.csv", Locale.ENGLISH, ImportProgress.NONE).stored()).isTrue();
        Publications.awaitSettled(jdbc);

        Map<String, Timestamp> after = assessedAt(2025);
        List<String> remade = after.keySet().stream().filter(k -> !after.get(k).equals(before.get(k))).sorted().toList();
        assertThat(remade).containsExactly(A + "/basic-2012", A + "/quality-2017");
    }

    @Test
    void aSchoolMovedToAnotherCountyHasBothCountiesKeptResultsMadeAgain(@TempDir Path demo) throws Exception {
        DemoImport.importDemo(importer, demo, 2, ImportType.REGIONS, ImportType.SCHOOL_STATS);
        Publications.awaitSettled(jdbc);
        // a school assessed in both stages it teaches, so that both counties' counts change
        String school = jdbc.queryForObject("SELECT MIN(school_code) FROM school_statistics s JOIN school c ON c.code = "
                + "s.school_code WHERE c.county_code = ? AND s.stat_year = 2025 AND s.students_primary >= 200 "
                + "AND s.students_junior >= 200", String.class, A);

        registry.moveSchool(school, B);
        Publications.awaitSettled(jdbc);

        try {
            for (String county : List.of(A, B)) {
                for (StageAssessment stage : assessments.assess(county, 2025, AssessmentMethod.QUALITY_2017, null)
                        .counties().get(0).stages()) {
                    assertThat(jdbc.queryForObject("SELECT school_count FROM assessment_indicator WHERE county_code = ? "
                            + "AND stat_year = 2025 AND method = 'quality-2017' AND stage = ? AND indicator = "
                            + "'qualified_teachers_per_100'", Integer.class, county, stage.stage().key()))
                            .as("kept school-stages of %s %s", county, stage.stage()).isEqualTo(stage.schoolCount());
                }
            }
        } finally {
            registry.moveSchool(school, A);
            Publications.awaitSettled(jdbc);
        }
    }
}
