package org.junheng.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junheng.registry.CountyFacts;
import org.junheng.registry.SchoolYear;
import org.junheng.registry.Stage;

/**
 * 县域义务教育优质均衡评估: assesses every county of one statistics year by a method. Plain Java; the
 * same engine serves the command line (from a file), the server (from the database) and what-if.
 */
public final class AssessmentEngine {

    private final AssessmentMethod method;
    private final StageWeights weights;
    private final Profile profile;
    private final String[] indicatorCodes;
    private final StageSplit split;
    private final Resource[] resources;
    private final StatisticsGuarantee statisticsGuarantee;
    private final List<FactRules.Rule> guaranteeRules;
    private final List<FactRules.Rule> qualityRules;
    private final List<FactRules.Rule> recognitionRules;
    private final List<FactRules.Rule> vetoRules;
    private final Unreported unreported;
    private final Standards primaryStandards;
    private final Standards juniorStandards;

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
        this.split = new StageSplit(weights, this.method.scope());
        this.resources = this.method.indicators().stream().map(Indicator::resource).toArray(Resource[]::new);
        this.statisticsGuarantee = new StatisticsGuarantee(profile);
        this.guaranteeRules = FactRules.guarantee(profile);
        this.qualityRules = FactRules.quality(profile);
        this.recognitionRules = FactRules.recognition(profile);
        this.vetoRules = FactRules.vetoes(profile);
        this.primaryStandards = Standards.of(this.method, Stage.PRIMARY);
        this.juniorStandards = Standards.of(this.method, Stage.JUNIOR);
        this.unreported = Unreported.of(guaranteeRules, qualityRules, recognitionRules, vetoRules);
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
        SchoolFigures.Counties counties = SchoolFigures.counties(year, schoolYears);
        return assembled(year, IntStream.range(0, counties.size()).parallel()
                .mapToObj(county -> assessCounty(counties.figures(county), 0, countyNames, facts)).toList());
    }

    /**
     * Assesses every county of figures already in columns (see {@link SchoolFigures}); counties are independent
     * and assessed in parallel, in county code order.
     *
     * @param facts what counties report beyond their statistics, by county code
     */
    public Assessment assess(SchoolFigures figures, Map<String, String> countyNames, Map<String, CountyFacts> facts) {
        return assembled(figures.year(), IntStream.range(0, figures.counties()).parallel()
                .mapToObj(county -> assessCounty(figures, county, countyNames, facts)).toList());
    }

    private Assessment assembled(int year, List<CountyResult> results) {
        List<CountyAssessment> counties = new ArrayList<>(results.size());
        List<SchoolStageList.County> schools = new ArrayList<>(results.size());
        for (CountyResult result : results) {
            counties.add(result.county());
            schools.add(result.schools());
        }
        return new Assessment(year, method.key(), counties, new SchoolStageList(schools));
    }

    private record CountyResult(CountyAssessment county, SchoolStageList.County schools) {
    }

    private CountyResult assessCounty(SchoolFigures figures, int county, Map<String, String> countyNames,
                                      Map<String, CountyFacts> allFacts) {
        String code = figures.countyCodes[county];
        String name = countyNames.getOrDefault(code, code);
        Optional<CountyFacts> facts = Optional.ofNullable(allFacts.get(code));
        CountyParts parts = split.split(figures, county);
        int[] positions = new int[parts.size()];
        Arrays.fill(positions, -1);
        CountyParts.StageParts primary = parts.assessed(Stage.PRIMARY, positions);
        CountyParts.StageParts junior = parts.assessed(Stage.JUNIOR, positions);
        List<StageAssessment> stages = new ArrayList<>(2);
        List<Reason> reasons = new ArrayList<>();
        StageColumns primaryColumns = null;
        StageColumns juniorColumns = null;
        if (primary.size() > 0) {
            primaryColumns = new StageColumns(indicatorCodes, primary, method.schoolRule() != null);
            stages.add(assessStage(primary, primaryColumns, reasons));
        }
        if (junior.size() > 0) {
            juniorColumns = new StageColumns(indicatorCodes, junior, method.schoolRule() != null);
            stages.add(assessStage(junior, juniorColumns, reasons));
        }
        boolean resourcePass = true;
        for (StageAssessment stage : stages) {
            resourcePass &= stage.resourcePass();
        }
        DimensionAssessment guarantee = guarantee(figures, county, facts);
        // a county that reports no facts has every fact item undetermined, the same for every such county
        DimensionAssessment quality = facts.isEmpty() ? unreported.quality()
                : DimensionAssessment.of(FactRules.judge(qualityRules, facts));
        DimensionAssessment recognition = facts.isEmpty() ? unreported.recognition()
                : DimensionAssessment.of(FactRules.judge(recognitionRules, facts));
        DimensionAssessment vetoes = facts.isEmpty() ? unreported.veto()
                : DimensionAssessment.of(FactRules.judge(vetoRules, facts));
        List<String> missing = new ArrayList<>();
        DimensionAssessment[] dimensions = {guarantee, quality, recognition, vetoes};
        for (int d = 0; d < dimensions.length; d++) {
            judged(DIMENSIONS[d], dimensions[d], reasons, facts.isEmpty() ? null : missing);
        }
        if (facts.isEmpty()) {
            missing = unreported.missing();
        }
        if (!missing.isEmpty()) {
            reasons.add(new Reason("facts_missing", "County facts missing: " + String.join(", ", missing)));
        }
        boolean fails = !resourcePass || Arrays.stream(dimensions).anyMatch(d -> Boolean.FALSE.equals(d.pass()));
        Verdict verdict = fails ? Verdict.NOT_MET : missing.isEmpty() ? Verdict.MET : Verdict.INCOMPLETE;
        return new CountyResult(new CountyAssessment(code, name, stages, resourcePass, guarantee, quality, recognition,
                vetoes, verdict, reasons, profile.name()),
                new SchoolStageList.County(parts, positions, primaryColumns, juniorColumns));
    }

    /** Each indicator's standard at one stage and the school rule's floor under it, as decimals and as doubles. */
    private record Standards(BigDecimal[] standard, double[] standardValue, BigDecimal[] floor, double[] floorValue) {

        static Standards of(AssessmentMethod method, Stage stage) {
            List<Indicator> indicators = method.indicators();
            int count = indicators.size();
            Standards standards = new Standards(new BigDecimal[count], new double[count], new BigDecimal[count],
                    new double[count]);
            BigDecimal floorShare = method.schoolRule() == null ? null : method.schoolRule().floorShare();
            for (int k = 0; k < count; k++) {
                BigDecimal standard = indicators.get(k).standard(stage).orElse(null);
                BigDecimal floor = standard == null || floorShare == null ? null : standard.multiply(floorShare);
                standards.standard[k] = standard;
                standards.standardValue[k] = standard == null ? Double.NaN : standard.doubleValue();
                standards.floor[k] = floor;
                standards.floorValue[k] = floor == null ? Double.NaN : floor.doubleValue();
            }
            return standards;
        }
    }

    private static final String[] DIMENSIONS = {"guarantee", "quality", "recognition", "veto"};

    /** The reasons of a dimension's failed items, and (unless {@code missing} is null) its undetermined items. */
    private static void judged(String dimension, DimensionAssessment assessment, List<Reason> reasons,
                               List<String> missing) {
        for (ItemAssessment i : assessment.items()) {
            if (Boolean.FALSE.equals(i.pass())) {
                reasons.add(new Reason(dimension + "_item_failed", dimension + " item " + i.number() + " (" + i.code()
                        + ") fails" + (i.schools().isEmpty() ? "" : " in " + i.schools().size() + " schools")));
            } else if (i.pass() == null && missing != null) {
                missing.add(dimension + " " + i.number() + " " + i.code());
            }
        }
    }

    /**
     * What the fact rules decide for a county that reports no facts, worked out once: the items of the three
     * dimensions that rest on facts alone, the guarantee's fact items, and the items left undetermined.
     */
    private record Unreported(DimensionAssessment quality, DimensionAssessment recognition, DimensionAssessment veto,
                              List<ItemAssessment> guarantee, List<String> missing) {

        static Unreported of(List<FactRules.Rule> guaranteeRules, List<FactRules.Rule> qualityRules,
                             List<FactRules.Rule> recognitionRules, List<FactRules.Rule> vetoRules) {
            Optional<CountyFacts> none = Optional.empty();
            List<ItemAssessment> guarantee = List.copyOf(FactRules.judge(guaranteeRules, none));
            DimensionAssessment[] dimensions = {DimensionAssessment.of(guarantee),
                    DimensionAssessment.of(List.copyOf(FactRules.judge(qualityRules, none))),
                    DimensionAssessment.of(List.copyOf(FactRules.judge(recognitionRules, none))),
                    DimensionAssessment.of(List.copyOf(FactRules.judge(vetoRules, none)))};
            List<String> missing = new ArrayList<>();
            for (int d = 0; d < dimensions.length; d++) {
                judged(DIMENSIONS[d], dimensions[d], new ArrayList<>(), missing);
            }
            return new Unreported(dimensions[1], dimensions[2], dimensions[3], guarantee, List.copyOf(missing));
        }
    }

    private StageAssessment assessStage(CountyParts.StageParts parts, StageColumns columns, List<Reason> reasons) {
        Stage stage = parts.stage;
        int n = parts.size();
        double[] students = new double[n];
        long totalStudents = 0;
        for (int i = 0; i < n; i++) {
            students[i] = parts.students[i];
            totalStudents += parts.students[i];
        }
        List<Indicator> indicators = method.indicators();
        double[] amounts = new double[n];
        int[] met = new int[n];
        boolean[] belowFloor = new boolean[n];
        SchoolRule rule = method.schoolRule();
        Standards standards = stage == Stage.PRIMARY ? primaryStandards : juniorStandards;
        List<IndicatorAssessment> indicatorResults = new ArrayList<>(indicators.size());
        List<BalanceProposal> proposals = new ArrayList<>();
        BigDecimal stageLimit = method.coefficientLimit(stage);
        // under the composite rule single coefficients are reported, not judged against a limit
        BigDecimal singleLimit = method.judgedByComposite() ? null : stageLimit;
        for (int k = 0; k < indicators.size(); k++) {
            Indicator indicator = indicators.get(k);
            Resource resource = indicator.resource();
            int scale = indicator.scale();
            double[] values = columns.values[k];
            double resourceTotal = amounts(parts, resource, amounts);
            double countyValue = resourceTotal * scale / totalStudents;
            // the values and the sums of the coefficient in one pass; the coefficient is undefined where one is missing
            double squares = 0;
            double total = 0;
            boolean dataMissing = false;
            for (int i = 0; i < n; i++) {
                double value = amounts[i] * scale / students[i];
                values[i] = value;
                dataMissing |= !Double.isFinite(value);
                double deviation = value - countyValue;
                squares += students[i] * deviation * deviation;
                total += students[i];
            }
            if (standards.standard[k] != null) {
                judgeAgainstStandard(parts, k, indicator, standards, amounts, columns, met, belowFloor);
            }
            double cv = dataMissing ? Double.NaN : DifferenceCoefficient.of(squares, total, countyValue);
            boolean undefined = Double.isNaN(cv);
            boolean cvPass = !undefined
                    && (singleLimit == null || CoefficientDecision.withinLimit(cv, singleLimit, indicator, parts.asList()));
            String why = dataMissing ? "data_missing" : undefined ? "county_value_zero" : null;
            indicatorResults.add(new IndicatorAssessment(indicator.code(), Double.isFinite(countyValue) ? countyValue : null,
                    standards.standard[k], undefined ? null : cv, singleLimit, cvPass, why));
            if (dataMissing) {
                reasons.add(new Reason("coefficient_undefined", stage.key() + " " + indicator.code()
                        + ": some schools lack the figures this indicator needs"));
            } else if (undefined) {
                reasons.add(new Reason("coefficient_undefined", stage.key() + " " + indicator.code()
                        + ": the county value is 0, so the difference coefficient is undefined"));
            } else if (!cvPass) {
                reasons.add(new Reason("coefficient_over_limit", stage.key() + " " + indicator.code()
                        + ": difference coefficient " + cv + " exceeds " + singleLimit));
                BalanceProposal proposal = BalanceProposer.propose(indicator, parts, values, students,
                        singleLimit.doubleValue());
                if (proposal != null) {
                    proposals.add(proposal);
                }
            }
        }
        int compliant = 0;
        if (rule != null) {
            for (int i = 0; i < n; i++) {
                boolean isCompliant = met[i] >= rule.minimumMet() && !belowFloor[i];
                columns.compliant(i, isCompliant);
                if (isCompliant) {
                    compliant++;
                }
            }
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
                    parts.asList());
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

    /** Each school-stage's amount of a resource into {@code amounts}; returns their sum. */
    private static double amounts(CountyParts.StageParts parts, Resource resource, double[] amounts) {
        double[] reported = parts.figures.reported(resource, parts.stage);
        int[] rows = parts.rows;
        double sum = 0;
        if (resource.wholeSchool()) {
            double[] shares = parts.shares;
            for (int i = 0; i < amounts.length; i++) {
                double amount = reported[rows[i]] * shares[i];
                amounts[i] = amount;
                sum += amount;
            }
        } else {
            for (int i = 0; i < amounts.length; i++) {
                double amount = reported[rows[i]];
                amounts[i] = amount;
                sum += amount;
            }
        }
        return sum;
    }

    /**
     * Whether each school-stage with a value reaches the indicator's standard ({@code k}), what it lacks where not,
     * and whether it falls below the school rule's floor.
     */
    private static void judgeAgainstStandard(CountyParts.StageParts parts, int k, Indicator indicator,
                                             Standards standards, double[] amounts, StageColumns columns, int[] met,
                                             boolean[] belowFloor) {
        Resource resource = indicator.resource();
        int scale = indicator.scale();
        BigDecimal standard = standards.standard[k];
        double standardValue = standards.standardValue[k];
        BigDecimal floor = standards.floor[k];
        double floorValue = standards.floorValue[k];
        double[] values = columns.values[k];
        for (int i = 0; i < values.length; i++) {
            double value = values[i];
            if (!Double.isFinite(value)) {
                continue;
            }
            if (atLeast(parts, i, resource, standard, standardValue, scale, value)) {
                columns.meets(k, i);
                met[i]++;
            } else {
                columns.below(k, i, Gaps.toStandard(parts.students[i], parts.shareOf(i, resource), indicator,
                        standardValue, amounts[i]));
                if (floor != null && !atLeast(parts, i, resource, floor, floorValue, scale, value)) {
                    belowFloor[i] = true;
                }
            }
        }
    }

    /** Whether the school-stage's value reaches a threshold: in doubles, or exactly where they cannot settle it. */
    private static boolean atLeast(CountyParts.StageParts parts, int i, Resource resource, BigDecimal threshold,
                                   double limit, int scale, double value) {
        if (SchoolStage.settled(value, limit)) {
            return value > limit;
        }
        return parts.part(i).valueAtLeast(resource, threshold, limit, scale, value);
    }

    private DimensionAssessment guarantee(SchoolFigures figures, int county, Optional<CountyFacts> facts) {
        List<ItemAssessment> items = new ArrayList<>(facts.isEmpty() ? unreported.guarantee()
                : FactRules.judge(guaranteeRules, facts));
        items.addAll(statisticsGuarantee.items(figures, figures.countyStarts[county], figures.countyStarts[county + 1]));
        items.sort(Comparator.comparingInt(ItemAssessment::number));
        return DimensionAssessment.of(items);
    }
}
