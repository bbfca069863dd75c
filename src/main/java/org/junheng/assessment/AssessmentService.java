package org.junheng.assessment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import org.junheng.registry.CountyFacts;
import org.junheng.registry.Registry;
import org.junheng.registry.SchoolYear;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

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
    private final List<TrainingRecords> trainingRecords;
    private final ProvinceProfiles profiles;
    private final TransactionTemplate transactions;
    private final ReentrantLock keeping = new ReentrantLock();
    private final SchoolYearsCache schoolYears = new SchoolYearsCache(64);

    AssessmentService(Registry registry, JdbcAssessmentResults results, List<RotationRecords> rotationRecords,
                      List<TrainingRecords> trainingRecords, ProvinceProfiles profiles,
                      PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.registry = registry;
        this.results = results;
        this.rotationRecords = rotationRecords;
        this.trainingRecords = trainingRecords;
        this.profiles = profiles;
    }

    /** The profile a county (or region) is assessed by: its province's. */
    public Profile profileOf(String regionCode) {
        return profiles.of(regionCode);
    }

    /**
     * The county facts of a region in a year, with teacher rotation and training counted from records
     * where there are any (training by each province's hours and years).
     */
    public Map<String, CountyFacts> countyFacts(String regionCode, int year) {
        Map<String, CountyFacts> facts = registry.countyFacts(regionCode, year);
        for (RotationRecords records : rotationRecords) {
            facts = TeacherRotation.apply(facts, records.rotations(regionCode, year));
        }
        if (!trainingRecords.isEmpty()) {
            for (String province : provincesOf(regionCode)) {
                Profile profile = profiles.of(province);
                String within = regionCode != null ? regionCode : province;
                for (TrainingRecords records : trainingRecords) {
                    facts = TeacherTraining.apply(facts, records.training(within, year,
                            profile.number("guarantee.training_hours"), profile.number("guarantee.training_years").intValue()));
                }
            }
        }
        return facts;
    }

    /** The provinces a region lies in: its own, or every province with counties when the region is all. */
    private java.util.Set<String> provincesOf(String regionCode) {
        if (regionCode != null) {
            return java.util.Set.of(ProvinceProfiles.provinceOf(regionCode));
        }
        java.util.Set<String> provinces = new java.util.TreeSet<>();
        registry.countyNames(null).keySet().forEach(county -> provinces.add(ProvinceProfiles.provinceOf(county)));
        return provinces;
    }

    /** The latest year with statistics, if any. */
    public Optional<Integer> latestYear() {
        return registry.statisticsYears().stream().findFirst();
    }

    /**
     * Assesses the counties of a region (a county, city or province code; null for all) in a year, each by
     * its province's profile.
     *
     * @param weights stage weights that override the profiles' own, or null
     */
    public Assessment assess(String regionCode, int year, AssessmentMethod method, StageWeights weights) {
        return assess(year, schoolYears(regionCode, year), registry.countyNames(regionCode),
                countyFacts(regionCode, year), method, weights);
    }

    /** A region's school statistics of a year, read again only when its data versions moved (see {@link SchoolYearsCache}). */
    private List<SchoolYear> schoolYears(String regionCode, int year) {
        String prefix = org.junheng.registry.RegionCode.prefixOf(regionCode);
        return schoolYears.get(prefix, year, results.fingerprint(prefix), () -> registry.schoolYears(regionCode, year),
                !org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive());
    }

    /** The rows of each province assessed by that province's profile, gathered in county order. */
    private Assessment assess(int year, List<SchoolYear> schoolYears, Map<String, String> names,
                              Map<String, CountyFacts> facts, AssessmentMethod method, StageWeights weights) {
        Map<String, List<SchoolYear>> byProvince = new java.util.TreeMap<>();
        for (SchoolYear row : schoolYears) {
            byProvince.computeIfAbsent(ProvinceProfiles.provinceOf(row.school().countyCode()), p -> new java.util.ArrayList<>())
                    .add(row);
        }
        List<CountyAssessment> counties = new java.util.ArrayList<>();
        List<SchoolStageAssessment> schools = new java.util.ArrayList<>();
        for (Map.Entry<String, List<SchoolYear>> province : byProvince.entrySet()) {
            Profile profile = profiles.of(province.getKey());
            Assessment part = new AssessmentEngine(method, weights != null ? weights : profile.stageWeights(), profile)
                    .assess(year, province.getValue(), names, facts);
            counties.addAll(part.counties());
            schools.addAll(part.schools());
        }
        return new Assessment(year, method.key(), counties, schools);
    }

    /**
     * Assesses a region as it is and after the changes, applied to a copy of the year's statistics.
     *
     * @throws WhatIf.ChangeRejected when a change does not fit the statistics
     */
    public WhatIfResult whatIf(String regionCode, int year, AssessmentMethod method, StageWeights weights,
                               List<Change> changes) {
        List<SchoolYear> schoolYears = schoolYears(regionCode, year);
        Map<String, String> names = registry.countyNames(regionCode);
        Map<String, CountyFacts> facts = countyFacts(regionCode, year);
        Assessment before = assess(year, schoolYears, names, facts, method, weights);
        Assessment after = assess(year, WhatIf.apply(schoolYears, changes), names, facts, method, weights);
        return new WhatIfResult(changes, before, after);
    }

    /** Per year kept, the counties of a region (null: all) meeting the standard by the method, of those assessed. */
    public List<VerdictCount> verdictCounts(String regionCode, AssessmentMethod method) {
        return results.verdictCounts(org.junheng.registry.RegionCode.prefixOf(regionCode), method.key());
    }

    /** Each indicator of a county, per stage, across the years kept. */
    public List<TrendPoint> trend(String countyCode, AssessmentMethod method) {
        return results.trend(countyCode, method.key());
    }

    /**
     * Makes the kept results of one county (of every county: {@code null}) for a year and method again,
     * in a transaction of its own. One keeping at a time on this server: two that overlap (an import's
     * re-assessment and the start's missing results) would each delete and insert the same rows.
     */
    void keep(String countyCode, int year, AssessmentMethod method) {
        keeping.lock();
        try {
            transactions.executeWithoutResult(status -> {
                if (countyCode == null) {
                    keep(year, method);
                } else {
                    Map<String, Long> versions = results.dataVersions(countyCode, year);
                    results.replace(assess(countyCode, year, method, null), countyCode, versions);
                }
            });
        } finally {
            keeping.unlock();
        }
    }

    /**
     * On start, results are made where they are missing for a year with statistics (e.g. a method whose
     * results a migration dropped) or older than their county's data (a server stopped between an import
     * and its re-assessment).
     */
    @EventListener(ApplicationReadyEvent.class)
    public void keepMissingResults() {
        for (int year : registry.statisticsYears()) {
            for (AssessmentMethod method : AssessmentMethod.all()) {
                if (!results.kept(year, method.key())) {
                    keep(null, year, method);
                }
            }
        }
        for (AssessmentMethod method : AssessmentMethod.all()) {
            for (JdbcAssessmentResults.CountyYear stale : results.stale(method.key())) {
                log.info("Kept results of {} {} by {} were older than its data: made again", stale.countyCode(),
                        stale.year(), method.key());
                keep(stale.countyCode(), stale.year(), method);
            }
        }
    }

    /** Imported data change what counties are assessed from: their data versions go up with the import. */
    @EventListener
    void dataImported(org.junheng.importing.AssessmentDataImported event) {
        results.dataChanged(event.counties(), event.years());
    }

    /** A school moved to another county changes both counties' data in every year, in the move's transaction. */
    @EventListener
    void schoolMoved(org.junheng.registry.SchoolMoved event) {
        results.dataChanged(movedBetween(event), registry.statisticsYears());
    }

    static java.util.Set<String> movedBetween(org.junheng.registry.SchoolMoved event) {
        return new java.util.TreeSet<>(List.of(event.before().countyCode(), event.after().countyCode()));
    }

    /** A province's profile changed: its kept results are made again by the new one, in the same transaction. */
    @EventListener
    @Transactional
    public void profileChanged(ProfileChanged event) {
        for (int year : registry.statisticsYears()) {
            for (AssessmentMethod method : AssessmentMethod.all()) {
                String prefix = event.provinceCode().substring(0, 2);
                Map<String, Long> versions = results.dataVersions(prefix, year);
                Assessment assessment = assess(event.provinceCode(), year, method, null);
                results.replace(assessment, prefix, versions);
            }
        }
    }

    private void keep(int year, AssessmentMethod method) {
        long start = System.nanoTime();
        Map<String, Long> versions = results.dataVersions("", year);
        Assessment assessment = assess(null, year, method, null);
        results.replace(assessment, "", versions);
        log.info("Assessed {} counties for {} by {} in {} ms", assessment.counties().size(), year, method.key(),
                (System.nanoTime() - start) / 1_000_000);
    }
}
