package org.junheng.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junheng.registry.CountyFacts;
import org.junheng.registry.SchoolYear;
import org.junheng.registry.Stage;

/**
 * 县域义务教育优质均衡评估: assesses every county of one statistics year by a method. Plain Java; the
 * same engine serves the command line (from a file), the server (from the database) and what-if.
 */
public final class AssessmentEngine {

    private static final List<Stage> COMPULSORY = List.of(Stage.PRIMARY, Stage.JUNIOR);

    private final AssessmentMethod method;
    private final StageWeights weights;
    private final Profile profile;
    private final String[] indicatorCodes;
    private final StatisticsGuarantee statisticsGuarantee;
    private final List<FactRules.Rule> guaranteeRules;
    private final List<FactRules.Rule> qualityRules;
    private final List<FactRules.Rule> recognitionRules;
    private final List<FactRules.Rule> vetoRules;

    /**
     * @param profile the province's numbers, applied to the method's standards, limits and school rule and to
     *                the items judged
     * @param weights the stage weights (usually the profile's; a caller may override them)
     */
    public AssessmentEngine(AssessmentMethod method, StageWeights weights, Profile profile) {
        this.method = profile.apply(method);
        this.weights = weights;
        this.profile = profile;
        this.indicatorCodes = method.indicators().stream().map(Indicator::code).toArray(String[]::new);
        this.statisticsGuarantee = new StatisticsGuarantee(profile);
        this.guaranteeRules = FactRules.guarantee(profile);
        this.qualityRules = FactRules.quality(profile);
        this.recognitionRules = FactRules.recognition(profile);
        this.vetoRules = FactRules.vetoes(profile);
    }

    /** The method by the national profile, with these stage weights. */
    public AssessmentEngine(AssessmentMethod method, StageWeights weights) {
        this(method, weights, Profile.national());
    }

    public AssessmentEngine() {
        this(AssessmentMethod.QUALITY_2017, StageWeights.EQUAL);
    }

    /**
     * @param schoolYears the statistics; rows of other years are ignored
     * @param countyNames names by county code (a code without a name is reported with its code)
     */
    public Assessment assess(int year, Collection<SchoolYear> schoolYears, Map<String, String> countyNames) {
        return assess(year, schoolYears, countyNames, Map.of());
    }

    /**
     * @param facts what counties report beyond their statistics, by county code; items resting on
     *              facts that are not given stay undetermined
     */
    public Assessment assess(int year, Collection<SchoolYear> schoolYears, Map<String, String> countyNames,
                             Map<String, CountyFacts> facts) {
        Map<String, List<SchoolYear>> byCounty = new TreeMap<>();
        for (SchoolYear schoolYear : schoolYears) {
            if (schoolYear.statistics().year() == year) {
                byCounty.computeIfAbsent(schoolYear.school().countyCode(), c -> new ArrayList<>()).add(schoolYear);
            }
        }
        // counties are independent: assessed in parallel, gathered in code order
        List<CountyResult> results = byCounty.entrySet().parallelStream().map(entry -> {
            List<SchoolYear> rows = entry.getValue();
            rows.sort((a, b) -> a.school().code().compareTo(b.school().code()));
            List<SchoolStageAssessment> schoolResults = new ArrayList<>(rows.size() * 2);
            CountyAssessment county = assessCounty(entry.getKey(), countyNames.getOrDefault(entry.getKey(), entry.getKey()),
                    rows, Optional.ofNullable(facts.get(entry.getKey())), schoolResults);
            return new CountyResult(county, schoolResults);
        }).toList();
        List<CountyAssessment> counties = new ArrayList<>(results.size());
        List<SchoolStageAssessment> schools = new ArrayList<>();
        for (CountyResult result : results) {
            counties.add(result.county());
            schools.addAll(result.schools());
        }
        return new Assessment(year, method.key(), counties, schools);
    }

    private record CountyResult(CountyAssessment county, List<SchoolStageAssessment> schools) {
    }

    private CountyAssessment assessCounty(String county, String name, List<SchoolYear> rows, Optional<CountyFacts> facts,
                                          List<SchoolStageAssessment> schoolResults) {
        Map<Stage, List<SchoolStage>> assessedByStage = new EnumMap<>(Stage.class);
        Map<Stage, List<Integer>> resultPositions = new EnumMap<>(Stage.class);
        for (Stage stage : COMPULSORY) {
            assessedByStage.put(stage, new ArrayList<>());
            resultPositions.put(stage, new ArrayList<>());
        }
        for (SchoolYear row : rows) {
            for (SchoolStage part : StageSplit.of(row, weights, method.scope())) {
                if (part.assessed()) {
                    assessedByStage.get(part.stage()).add(part);
                    resultPositions.get(part.stage()).add(schoolResults.size());
                    schoolResults.add(null); // filled in below, once the stage is assessed
                } else {
                    schoolResults.add(new SchoolStageAssessment(row.school().code(), row.school().name(), county,
                            part.stage(), part.students(), Map.of(), Map.of(), null, Map.of(), part.exclusion()));
                }
            }
        }
        List<StageAssessment> stages = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        for (Map.Entry<Stage, List<SchoolStage>> entry : assessedByStage.entrySet()) {
            if (!entry.getValue().isEmpty()) {
                stages.add(assessStage(entry.getKey(), entry.getValue(), schoolResults,
                        resultPositions.get(entry.getKey()), reasons));
            }
        }
        boolean resourcePass = stages.stream().allMatch(StageAssessment::resourcePass);
        DimensionAssessment guarantee = guarantee(rows, facts);
        DimensionAssessment quality = DimensionAssessment.of(FactRules.judge(qualityRules, facts));
        DimensionAssessment recognition = DimensionAssessment.of(FactRules.judge(recognitionRules, facts));
        DimensionAssessment vetoes = DimensionAssessment.of(FactRules.judge(vetoRules, facts));
        Map<String, DimensionAssessment> dimensions = new LinkedHashMap<>();
        dimensions.put("guarantee", guarantee);
        dimensions.put("quality", quality);
        dimensions.put("recognition", recognition);
        dimensions.put("veto", vetoes);
        List<String> missing = new ArrayList<>();
        dimensions.forEach((dimension, assessment) -> assessment.items().forEach(i -> {
            if (Boolean.FALSE.equals(i.pass())) {
                reasons.add(new Reason(dimension + "_item_failed", dimension + " item " + i.number() + " (" + i.code()
                        + ") fails" + (i.schools().isEmpty() ? "" : " in " + i.schools().size() + " schools")));
            } else if (i.pass() == null) {
                missing.add(dimension + " " + i.number() + " " + i.code());
            }
        }));
        if (!missing.isEmpty()) {
            reasons.add(new Reason("facts_missing", "County facts missing: " + String.join(", ", missing)));
        }
        boolean fails = !resourcePass || dimensions.values().stream().anyMatch(d -> Boolean.FALSE.equals(d.pass()));
        Verdict verdict = fails ? Verdict.NOT_MET : missing.isEmpty() ? Verdict.MET : Verdict.INCOMPLETE;
        return new CountyAssessment(county, name, stages, resourcePass, guarantee, quality, recognition, vetoes, verdict,
                reasons, profile.name());
    }

    private StageAssessment assessStage(Stage stage, List<SchoolStage> parts, List<SchoolStageAssessment> schoolResults,
                                        List<Integer> resultPositions, List<Reason> reasons) {
        int n = parts.size();
        double[] students = new double[n];
        long totalStudents = 0;
        for (int i = 0; i < n; i++) {
            students[i] = parts.get(i).students();
            totalStudents += parts.get(i).students();
        }
        List<Indicator> indicators = method.indicators();
        double[][] values = new double[indicators.size()][n];
        int[] met = new int[n];
        boolean[] belowFloor = new boolean[n];
        List<IndicatorValues> schoolValues = new ArrayList<>(n);
        List<IndicatorMap<Boolean>> schoolPasses = new ArrayList<>(n);
        List<IndicatorValues> schoolGaps = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            schoolValues.add(new IndicatorValues(indicatorCodes));
            schoolPasses.add(new IndicatorMap<>(indicatorCodes));
            schoolGaps.add(new IndicatorValues(indicatorCodes));
        }
        SchoolRule rule = method.schoolRule();
        BigDecimal floorShare = rule == null ? null : rule.floorShare();
        List<IndicatorAssessment> indicatorResults = new ArrayList<>(indicators.size());
        List<BalanceProposal> proposals = new ArrayList<>();
        BigDecimal stageLimit = method.coefficientLimit(stage);
        // under the composite rule single coefficients are reported, not judged against a limit
        BigDecimal singleLimit = method.judgedByComposite() ? null : stageLimit;
        for (int k = 0; k < indicators.size(); k++) {
            Indicator indicator = indicators.get(k);
            BigDecimal standard = indicator.standard(stage).orElse(null);
            BigDecimal floor = standard == null || floorShare == null ? null : standard.multiply(floorShare);
            double resourceTotal = 0;
            boolean dataMissing = false;
            for (int i = 0; i < n; i++) {
                SchoolStage part = parts.get(i);
                Resource resource = indicator.resource();
                double value = indicator.value(part);
                values[k][i] = value;
                resourceTotal += part.amount(resource);
                if (!Double.isFinite(value)) {
                    dataMissing = true;
                    continue;
                }
                schoolValues.get(i).set(k, value);
                if (standard != null) {
                    boolean pass = part.valueAtLeast(resource, standard, indicator.scale());
                    schoolPasses.get(i).set(k, pass);
                    if (pass) {
                        met[i]++;
                    } else {
                        schoolGaps.get(i).set(k, Gaps.toStandard(part, indicator, standard.doubleValue()));
                        if (floor != null && !part.valueAtLeast(resource, floor, indicator.scale())) {
                            belowFloor[i] = true;
                        }
                    }
                }
            }
            double countyValue = resourceTotal * indicator.scale() / totalStudents;
            double cv = dataMissing ? Double.NaN : DifferenceCoefficient.of(values[k], students, countyValue);
            boolean undefined = Double.isNaN(cv);
            boolean cvPass = !undefined
                    && (singleLimit == null || CoefficientDecision.withinLimit(cv, singleLimit, indicator, parts));
            String why = dataMissing ? "data_missing" : undefined ? "county_value_zero" : null;
            indicatorResults.add(new IndicatorAssessment(indicator.code(), Double.isFinite(countyValue) ? countyValue : null,
                    standard, undefined ? null : cv, singleLimit, cvPass, why));
            if (dataMissing) {
                reasons.add(new Reason("coefficient_undefined", stage.key() + " " + indicator.code()
                        + ": some schools lack the figures this indicator needs"));
            } else if (undefined) {
                reasons.add(new Reason("coefficient_undefined", stage.key() + " " + indicator.code()
                        + ": the county value is 0, so the difference coefficient is undefined"));
            } else if (!cvPass) {
                reasons.add(new Reason("coefficient_over_limit", stage.key() + " " + indicator.code()
                        + ": difference coefficient " + cv + " exceeds " + singleLimit));
                BalanceProposal proposal = BalanceProposer.propose(indicator, parts, values[k], students,
                        singleLimit.doubleValue());
                if (proposal != null) {
                    proposals.add(proposal);
                }
            }
        }
        int compliant = 0;
        for (int i = 0; i < n; i++) {
            SchoolStage part = parts.get(i);
            Boolean isCompliant = rule == null ? null : met[i] >= rule.minimumMet() && !belowFloor[i];
            if (Boolean.TRUE.equals(isCompliant)) {
                compliant++;
            }
            schoolResults.set(resultPositions.get(i), new SchoolStageAssessment(part.school().code(), part.school().name(),
                    part.school().countyCode(), stage, part.students(), schoolValues.get(i), schoolPasses.get(i),
                    isCompliant, schoolGaps.get(i), null));
        }
        boolean allCompliant = rule == null || compliant == n;
        if (!allCompliant) {
            reasons.add(new Reason("schools_not_compliant", stage.key() + ": " + (n - compliant) + " of " + n
                    + " school-stages are not compliant"));
        }
        Double composite = CoefficientDecision.composite(indicatorResults);
        Boolean compositePass = null;
        if (method.judgedByComposite()) {
            compositePass = composite != null && CoefficientDecision.compositeWithinLimit(composite, stageLimit, indicators,
                    parts);
            if (composite != null && !compositePass) {
                reasons.add(new Reason("composite_over_limit", stage.key() + ": composite coefficient " + composite
                        + " exceeds " + stageLimit));
            }
        }
        boolean resourcePass = method.judgedByComposite() ? compositePass
                : allCompliant && indicatorResults.stream().allMatch(IndicatorAssessment::cvPass);
        return new StageAssessment(stage, n, totalStudents, indicatorResults, compliant, resourcePass, proposals, composite,
                method.judgedByComposite() ? stageLimit : null, compositePass);
    }

    private DimensionAssessment guarantee(List<SchoolYear> rows, Optional<CountyFacts> facts) {
        List<ItemAssessment> items = new ArrayList<>(FactRules.judge(guaranteeRules, facts));
        items.add(statisticsGuarantee.musicAndArtRooms(rows));
        items.add(statisticsGuarantee.schoolSize(rows));
        items.add(statisticsGuarantee.classSize(rows));
        items.add(statisticsGuarantee.teacherCertification(rows));
        items.sort(Comparator.comparingInt(ItemAssessment::number));
        return DimensionAssessment.of(items);
    }
}
