package org.junheng.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.stream.IntStream;

import org.junheng.registry.CountyFacts;
import org.junheng.registry.SchoolYear;
import org.junheng.registry.Stage;

/**
 * 县域义务教育优质均衡评估: assesses every county of one statistics year by a method. Plain Java; the
 * same engine serves the command line (from a file), the server (from the database) and what-if.
 */
public final class AssessmentEngine {

    private final AssessmentMethod givenMethod;
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
     * The rows of one slice, as many as make the work of a few counties; a county's run that crosses a slice's
     * end belongs to the slice it starts in.
     */
    private final int sliceRows;

    /**
     * @param profile the province's numbers, applied to the method's standards, limits and school rule and to
     *                the items judged
     * @param weights the stage weights (usually the profile's; a caller may override them)
     */
    public AssessmentEngine(AssessmentMethod method, StageWeights weights, Profile profile) {
        this(method, weights, profile, 4096);
    }

    /** @param sliceRows the rows of one slice of a scan ({@link #assessRuns}) */
    private AssessmentEngine(AssessmentMethod method, StageWeights weights, Profile profile, int sliceRows) {
        this.sliceRows = sliceRows;
        this.givenMethod = method;
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
        List<SchoolYear> rows = schoolYears instanceof List<SchoolYear> list && schoolYears instanceof RandomAccess
                ? list : new ArrayList<>(schoolYears);
        List<CountyResult> results = groupedByCounty(rows) ? assessRuns(year, rows, countyNames, facts)
                : assessGroups(year, rows, countyNames, facts);
        List<CountyAssessment> counties = new ArrayList<>(results.size());
        List<SchoolStageList.County> schools = new ArrayList<>(results.size());
        for (CountyResult result : results) {
            counties.add(result.county());
            schools.add(result.schools());
        }
        return new Assessment(year, method.key(), counties, new SchoolStageList(schools));
    }

    /** The same engine scanning slices of this many rows (tests cut counties at slice ends with it). */
    AssessmentEngine withSliceRows(int rows) {
        return new AssessmentEngine(givenMethod, weights, profile, rows);
    }

    private static final Comparator<SchoolYear> BY_SCHOOL_CODE = (a, b) -> a.school().code().compareTo(b.school().code());

    /** Whether each county's rows come together, as in files and national exports. */
    private static boolean groupedByCounty(List<SchoolYear> rows) {
        Set<String> seen = new HashSet<>();
        String current = null;
        for (SchoolYear row : rows) {
            String county = row.school().countyCode();
            if (county != current && !county.equals(current)) {
                if (!seen.add(county)) {
                    return false;
                }
                current = county;
            }
        }
        return true;
    }

    /**
     * Counties are independent: slices of the rows are scanned in parallel, and each county is assessed as soon
     * as its run of rows ends, while they are still in the cache; gathered in county code order.
     */
    private List<CountyResult> assessRuns(int year, List<SchoolYear> rows, Map<String, String> countyNames,
                                          Map<String, CountyFacts> facts) {
        int slices = Math.max(1, (rows.size() + sliceRows - 1) / sliceRows);
        List<CountyResult> results = new ArrayList<>(IntStream.range(0, slices).parallel()
                .mapToObj(slice -> scan(year, rows, slice * sliceRows, Math.min(rows.size(), (slice + 1) * sliceRows),
                        countyNames, facts))
                .flatMap(List::stream).toList());
        results.sort(Comparator.comparing(CountyResult::code));
        return results;
    }

    /** The counties whose runs start in rows [from, to), each assessed when its run ends. */
    private List<CountyResult> scan(int year, List<SchoolYear> rows, int from, int to, Map<String, String> countyNames,
                                    Map<String, CountyFacts> facts) {
        List<CountyResult> found = new ArrayList<>();
        int start = from;
        if (from > 0) {
            String before = rows.get(from - 1).school().countyCode();
            while (start < rows.size() && rows.get(start).school().countyCode().equals(before)) {
                start++;
            }
        }
        while (start < to) {
            String county = rows.get(start).school().countyCode();
            List<SchoolYear> run = new ArrayList<>();
            boolean inCodeOrder = true;
            String lastCode = null;
            int end = start;
            for (; end < rows.size(); end++) {
                SchoolYear row = rows.get(end);
                String code = row.school().countyCode();
                if (code != county && !code.equals(county)) {
                    break;
                }
                if (row.statistics().year() == year) {
                    String schoolCode = row.school().code();
                    inCodeOrder &= lastCode == null || lastCode.compareTo(schoolCode) <= 0;
                    lastCode = schoolCode;
                    run.add(row);
                }
            }
            if (!run.isEmpty()) {
                if (!inCodeOrder) {
                    run.sort(BY_SCHOOL_CODE);
                }
                found.add(assessCounty(county, countyNames.getOrDefault(county, county), run,
                        Optional.ofNullable(facts.get(county))));
            }
            start = end;
        }
        return found;
    }

    /** Rows in any order: grouped by county first, the counties assessed in parallel, in county code order. */
    private List<CountyResult> assessGroups(int year, List<SchoolYear> rows, Map<String, String> countyNames,
                                            Map<String, CountyFacts> facts) {
        Map<String, List<SchoolYear>> byCounty = new HashMap<>();
        for (SchoolYear row : rows) {
            if (row.statistics().year() == year) {
                byCounty.computeIfAbsent(row.school().countyCode(), c -> new ArrayList<>()).add(row);
            }
        }
        List<String> codes = new ArrayList<>(byCounty.keySet());
        codes.sort(null);
        return codes.parallelStream().map(code -> {
            List<SchoolYear> countyRows = byCounty.get(code);
            countyRows.sort(BY_SCHOOL_CODE);
            return assessCounty(code, countyNames.getOrDefault(code, code), countyRows,
                    Optional.ofNullable(facts.get(code)));
        }).toList();
    }

    private record CountyResult(CountyAssessment county, SchoolStageList.County schools) {

        String code() {
            return county.countyCode();
        }
    }

    private CountyResult assessCounty(String county, String name, List<SchoolYear> rows, Optional<CountyFacts> facts) {
        List<SchoolStage> parts = new ArrayList<>(rows.size() * 2);
        for (SchoolYear row : rows) {
            split.split(row, parts);
        }
        int[] positions = new int[parts.size()];
        List<SchoolStage> primary = new ArrayList<>(parts.size());
        List<SchoolStage> junior = new ArrayList<>(parts.size());
        for (int p = 0; p < parts.size(); p++) {
            SchoolStage part = parts.get(p);
            List<SchoolStage> assessed = part.stage() == Stage.PRIMARY ? primary : junior;
            positions[p] = part.assessed() ? assessed.size() : -1;
            if (part.assessed()) {
                assessed.add(part);
            }
        }
        List<StageAssessment> stages = new ArrayList<>(2);
        List<Reason> reasons = new ArrayList<>();
        StageColumns primaryColumns = null;
        StageColumns juniorColumns = null;
        if (!primary.isEmpty()) {
            primaryColumns = new StageColumns(indicatorCodes, primary, method.schoolRule() != null);
            stages.add(assessStage(Stage.PRIMARY, primary, primaryColumns, reasons));
        }
        if (!junior.isEmpty()) {
            juniorColumns = new StageColumns(indicatorCodes, junior, method.schoolRule() != null);
            stages.add(assessStage(Stage.JUNIOR, junior, juniorColumns, reasons));
        }
        boolean resourcePass = true;
        for (StageAssessment stage : stages) {
            resourcePass &= stage.resourcePass();
        }
        DimensionAssessment guarantee = guarantee(rows, facts);
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
        return new CountyResult(new CountyAssessment(county, name, stages, resourcePass, guarantee, quality, recognition,
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

    private StageAssessment assessStage(Stage stage, List<SchoolStage> parts, StageColumns columns, List<Reason> reasons) {
        int n = parts.size();
        double[] students = new double[n];
        long totalStudents = 0;
        for (int i = 0; i < n; i++) {
            students[i] = parts.get(i).students();
            totalStudents += parts.get(i).students();
        }
        List<Indicator> indicators = method.indicators();
        // each school-stage's figures read in one visit, not one visit an indicator: the amounts go where the
        // values will be
        for (int i = 0; i < n; i++) {
            parts.get(i).amounts(resources, columns.values, i);
        }
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
            BigDecimal standard = standards.standard[k];
            double standardValue = standards.standardValue[k];
            BigDecimal floor = standards.floor[k];
            double floorValue = standards.floorValue[k];
            double[] values = columns.values[k];
            double resourceTotal = 0;
            boolean dataMissing = false;
            for (int i = 0; i < n; i++) {
                double amount = values[i];
                double value = amount * scale / students[i];
                values[i] = value;
                resourceTotal += amount;
                if (!Double.isFinite(value)) {
                    dataMissing = true;
                    continue;
                }
                if (standard != null) {
                    SchoolStage part = parts.get(i);
                    if (part.valueAtLeast(resource, standard, standardValue, scale, value)) {
                        columns.meets(k, i);
                        met[i]++;
                    } else {
                        columns.below(k, i, Gaps.toStandard(part, indicator, standardValue, amount));
                        if (floor != null && !part.valueAtLeast(resource, floor, floorValue, scale, value)) {
                            belowFloor[i] = true;
                        }
                    }
                }
            }
            double countyValue = resourceTotal * scale / totalStudents;
            double cv = dataMissing ? Double.NaN : DifferenceCoefficient.of(values, students, countyValue);
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
        List<ItemAssessment> items = new ArrayList<>(facts.isEmpty() ? unreported.guarantee()
                : FactRules.judge(guaranteeRules, facts));
        items.addAll(statisticsGuarantee.items(rows));
        items.sort(Comparator.comparingInt(ItemAssessment::number));
        return DimensionAssessment.of(items);
    }
}
