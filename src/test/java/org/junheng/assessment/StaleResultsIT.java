package org.junheng.assessment;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.junheng.DemoImport;
import org.junheng.IntegrationTest;
import org.junheng.Publications;
import org.junheng.importing.ImportType;
import org.junheng.importing.Importer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kept results note the version of the data they were computed from; on start, results older than
 * their county's data — what a server stopped between an import's commit and its re-assessment
 * leaves — are made again, and then equal a fresh computation.
 */
@IntegrationTest
class StaleResultsIT {

    private static final String COUNTY = "990121";
    private static final String METHOD = AssessmentMethod.QUALITY_2017.key();

    @Autowired
    Importer importer;

    @Autowired
    AssessmentService assessments;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void resultsOlderThanTheirCountysDataAreMadeAgainOnStartAndEqualAFreshComputation(@TempDir Path demo) throws Exception {
        DemoImport.importDemo(importer, demo, 1, ImportType.REGIONS, ImportType.SCHOOL_STATS);
        Publications.awaitSettled(jdbc);
        int year = assessments.latestYear().orElseThrow();
        assertThat(keptVersion(year)).as("kept results note the data version of the import").isEqualTo(dataVersion(year))
                .isPositive();

        // an import committed, and the server stopped before re-assessing: one school's teaching rooms doubled
        jdbc.update("UPDATE school_statistics SET teaching_area = teaching_area * 2 WHERE stat_year = ? AND school_code = "
                + "(SELECT MIN(code) FROM school WHERE county_code = ? AND school_type = 'primary')", year, COUNTY);
        jdbc.update("UPDATE data_version SET version = version + 1 WHERE county_code = ? AND stat_year = ?", COUNTY, year);
        assertThat(kept(year)).as("the kept results are stale").isNotEqualTo(fresh(year));

        // the next start
        assessments.keepMissingResults();

        assertThat(keptVersion(year)).isEqualTo(dataVersion(year));
        assertThat(kept(year)).isEqualTo(fresh(year));
    }

    private long keptVersion(int year) {
        return jdbc.queryForObject("SELECT data_version FROM assessment_county WHERE county_code = ? AND stat_year = ? "
                + "AND method = ?", Long.class, COUNTY, year, METHOD);
    }

    private long dataVersion(int year) {
        return jdbc.queryForObject("SELECT version FROM data_version WHERE county_code = ? AND stat_year = ?", Long.class,
                COUNTY, year);
    }

    /** Each kept coefficient of the county, by stage and indicator, rounded as compared. */
    private Map<String, String> kept(int year) {
        Map<String, String> kept = new TreeMap<>();
        jdbc.query("SELECT stage, indicator, cv FROM assessment_indicator WHERE county_code = ? AND stat_year = ? AND method = ?",
                rs -> {
                    double cv = rs.getDouble(3);
                    kept.put(rs.getString(1) + "/" + rs.getString(2), rs.wasNull() ? "—" : "%.6f".formatted(cv));
                }, COUNTY, year, METHOD);
        return kept;
    }

    private Map<String, String> fresh(int year) {
        Map<String, String> fresh = new TreeMap<>();
        CountyAssessment county = assessments.assess(COUNTY, year, AssessmentMethod.QUALITY_2017, null).counties().get(0);
        for (StageAssessment stage : county.stages()) {
            for (IndicatorAssessment indicator : stage.indicators()) {
                fresh.put(stage.stage().key() + "/" + indicator.code(),
                        indicator.cv() == null ? "—" : "%.6f".formatted(indicator.cv()));
            }
        }
        return fresh;
    }
}
