package org.junheng.assessment;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junheng.importing.AssessmentDataImported;
import org.junheng.registry.CountyFacts;
import org.junheng.registry.Registry;
import org.junheng.registry.SchoolYear;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessments from the registry: computed on request for any region, year and method, and kept
 * per county and year (recomputed whenever a year's statistics are imported) for trends.
 */
@Service
public class AssessmentService {

    private static final Logger log = LoggerFactory.getLogger(AssessmentService.class);

    private final Registry registry;
    private final JdbcAssessmentResults results;
    private final List<RotationRecords> rotationRecords;

    AssessmentService(Registry registry, JdbcAssessmentResults results, List<RotationRecords> rotationRecords) {
        this.registry = registry;
        this.results = results;
        this.rotationRecords = rotationRecords;
    }

    /** The county facts of a region in a year, with teacher rotation counted from records where there are any. */
    public Map<String, CountyFacts> countyFacts(String regionCode, int year) {
        Map<String, CountyFacts> facts = registry.countyFacts(regionCode, year);
        for (RotationRecords records : rotationRecords) {
            facts = TeacherRotation.apply(facts, records.rotations(regionCode, year));
        }
        return facts;
    }

    /** The latest year with statistics, if any. */
    public Optional<Integer> latestYear() {
        return registry.statisticsYears().stream().findFirst();
    }

    /** Assesses the counties of a region (a county, city or province code; null for all) in a year. */
    public Assessment assess(String regionCode, int year, AssessmentMethod method, StageWeights weights) {
        List<SchoolYear> schoolYears = registry.schoolYears(regionCode, year);
        Map<String, String> names = registry.countyNames(regionCode);
        return new AssessmentEngine(method, weights).assess(year, schoolYears, names, countyFacts(regionCode, year));
    }

    /**
     * Assesses a region as it is and after the changes, applied to a copy of the year's statistics.
     *
     * @throws WhatIf.ChangeRejected when a change does not fit the statistics
     */
    public WhatIfResult whatIf(String regionCode, int year, AssessmentMethod method, StageWeights weights,
                               List<Change> changes) {
        List<SchoolYear> schoolYears = registry.schoolYears(regionCode, year);
        Map<String, String> names = registry.countyNames(regionCode);
        Map<String, CountyFacts> facts = countyFacts(regionCode, year);
        AssessmentEngine engine = new AssessmentEngine(method, weights);
        Assessment before = engine.assess(year, schoolYears, names, facts);
        Assessment after = engine.assess(year, WhatIf.apply(schoolYears, changes), names, facts);
        return new WhatIfResult(changes, before, after);
    }

    /** Each indicator of a county, per stage, across the years kept. */
    public List<TrendPoint> trend(String countyCode, AssessmentMethod method) {
        return results.trend(countyCode, method.key());
    }

    @EventListener
    @Transactional
    public void assessmentDataImported(AssessmentDataImported event) {
        for (int year : event.years()) {
            for (AssessmentMethod method : AssessmentMethod.all()) {
                keep(year, method);
            }
        }
    }

    /** Results missing for a year with statistics (e.g. a method whose results a migration dropped) are made on start. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void keepMissingResults() {
        for (int year : registry.statisticsYears()) {
            for (AssessmentMethod method : AssessmentMethod.all()) {
                if (!results.kept(year, method.key())) {
                    keep(year, method);
                }
            }
        }
    }

    private void keep(int year, AssessmentMethod method) {
        long start = System.nanoTime();
        Assessment assessment = assess(null, year, method, StageWeights.EQUAL);
        results.replace(assessment);
        log.info("Assessed {} counties for {} by {} in {} ms", assessment.counties().size(), year, method.key(),
                (System.nanoTime() - start) / 1_000_000);
    }
}
