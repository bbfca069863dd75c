package org.junheng.assessment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junheng.registry.Stage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Stores county-level assessment results per year and method, and reads them back as trends. */
@Repository
class JdbcAssessmentResults {

    /** The indicator code under which a method judged by the composite coefficient keeps it. */
    static final String COMPOSITE = "composite";

    private final JdbcTemplate jdbc;

    JdbcAssessmentResults(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether results of the year and method are kept. */
    boolean kept(int year, String method) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM assessment_county WHERE stat_year = ? AND method = ?", Integer.class,
                year, method) > 0;
    }

    /** A county and a statistics year. */
    record CountyYear(String countyCode, int year) {
    }

    /**
     * The data of these counties (none named: every county with statistics in the years) changed for these
     * years: their versions go up, in the changer's transaction.
     */
    void dataChanged(java.util.Collection<String> counties, java.util.Collection<Integer> years) {
        for (int year : years) {
            java.util.Collection<String> changed = !counties.isEmpty() ? counties : jdbc.queryForList(
                    "SELECT DISTINCT s.county_code FROM school s JOIN school_statistics st ON st.school_code = s.code "
                            + "WHERE st.stat_year = ?", String.class, year);
            for (String county : changed) {
                if (jdbc.update("UPDATE data_version SET version = version + 1 WHERE county_code = ? AND stat_year = ?",
                        county, year) == 0) {
                    jdbc.update("INSERT INTO data_version (county_code, stat_year, version) VALUES (?, ?, 1)", county, year);
                }
            }
        }
    }

    /** The data versions of the counties of a region (by code prefix), every year. */
    SchoolYearsCache.Fingerprint fingerprint(String prefix) {
        return jdbc.queryForObject("SELECT COUNT(*), COALESCE(SUM(version), 0) FROM data_version WHERE county_code LIKE ?",
                (rs, i) -> new SchoolYearsCache.Fingerprint(rs.getLong(1), rs.getLong(2)), prefix + "%");
    }

    /** The data version of each county (by code prefix) for a year; a county never changed is at 0. */
    java.util.Map<String, Long> dataVersions(String prefix, int year) {
        java.util.Map<String, Long> versions = new java.util.HashMap<>();
        jdbc.query("SELECT county_code, version FROM data_version WHERE stat_year = ? AND county_code LIKE ?",
                rs -> {
                    versions.put(rs.getString(1), rs.getLong(2));
                }, year, prefix + "%");
        return versions;
    }

    /** The counties and years whose kept results of the method are missing or older than their data. */
    List<CountyYear> stale(String method) {
        return jdbc.query("SELECT v.county_code, v.stat_year FROM data_version v LEFT JOIN assessment_county a "
                        + "ON a.county_code = v.county_code AND a.stat_year = v.stat_year AND a.method = ? "
                        + "WHERE a.county_code IS NULL OR a.data_version <> v.version ORDER BY v.stat_year, v.county_code",
                (rs, i) -> new CountyYear(rs.getString(1), rs.getInt(2)), method);
    }

    /**
     * Replaces the kept results of the year and method for the counties whose codes start with {@code prefix},
     * noting the data version each was computed from (read before the data were).
     */
    void replace(Assessment assessment, String prefix, java.util.Map<String, Long> dataVersions) {
        jdbc.update("DELETE FROM assessment_indicator WHERE stat_year = ? AND method = ? AND county_code LIKE ?",
                assessment.year(), assessment.method(), prefix + "%");
        jdbc.update("DELETE FROM assessment_county WHERE stat_year = ? AND method = ? AND county_code LIKE ?",
                assessment.year(), assessment.method(), prefix + "%");
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> counties = new ArrayList<>();
        List<Object[]> indicators = new ArrayList<>();
        for (CountyAssessment county : assessment.counties()) {
            counties.add(new Object[] {county.countyCode(), assessment.year(), assessment.method(), county.countyName(),
                    county.resourcePass(), county.verdict().key(), now, dataVersions.getOrDefault(county.countyCode(), 0L)});
            for (StageAssessment stage : county.stages()) {
                for (IndicatorAssessment indicator : stage.indicators()) {
                    indicators.add(new Object[] {county.countyCode(), assessment.year(), assessment.method(),
                            stage.stage().key(), indicator.code(), stage.schoolCount(), stage.students(),
                            stage.compliantSchools(), indicator.countyValue(), indicator.standard(), indicator.cv(),
                            indicator.cvLimit(), indicator.cvPass()});
                }
                if (stage.compositePass() != null) {
                    indicators.add(new Object[] {county.countyCode(), assessment.year(), assessment.method(),
                            stage.stage().key(), COMPOSITE, stage.schoolCount(), stage.students(), stage.compliantSchools(),
                            null, null, stage.compositeCv(), stage.compositeLimit(), stage.compositePass()});
                }
            }
        }
        jdbc.batchUpdate("INSERT INTO assessment_county (county_code, stat_year, method, county_name, resource_pass, verdict, "
                + "assessed_at, data_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", counties);
        jdbc.batchUpdate("INSERT INTO assessment_indicator (county_code, stat_year, method, stage, indicator, school_count, "
                + "students, compliant_schools, county_value, standard, cv, cv_limit, cv_pass) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", indicators);
    }

    List<TrendPoint> trend(String countyCode, String method) {
        return jdbc.query("SELECT i.stat_year, i.stage, i.indicator, i.county_value, i.standard, i.cv, i.cv_limit, i.cv_pass, "
                        + "i.compliant_schools, i.school_count, c.verdict FROM assessment_indicator i "
                        + "JOIN assessment_county c ON c.county_code = i.county_code AND c.stat_year = i.stat_year "
                        + "AND c.method = i.method WHERE i.county_code = ? AND i.method = ? "
                        + "ORDER BY i.stage, i.indicator, i.stat_year",
                (rs, n) -> new TrendPoint(rs.getInt(1), Stage.valueOf(rs.getString(2).toUpperCase()), rs.getString(3),
                        rs.getObject(4, Double.class), rs.getBigDecimal(5), (Double) rs.getObject(6, Double.class), rs.getBigDecimal(7),
                        rs.getBoolean(8), rs.getInt(9), rs.getInt(10), verdict(rs.getString(11))),
                countyCode, method);
    }

    /** Per year kept, how many counties (by code prefix) met the standard by the method, of how many kept. */
    List<VerdictCount> verdictCounts(String prefix, String method) {
        return jdbc.query("SELECT stat_year, SUM(CASE WHEN verdict = 'met' THEN 1 ELSE 0 END), COUNT(*) FROM assessment_county "
                        + "WHERE county_code LIKE ? AND method = ? GROUP BY stat_year ORDER BY stat_year",
                (rs, n) -> new VerdictCount(rs.getInt(1), rs.getLong(2), rs.getInt(3)), prefix + "%", method);
    }

    private static Verdict verdict(String key) {
        return Arrays.stream(Verdict.values()).filter(v -> v.key().equals(key)).findFirst().orElseThrow();
    }
}
