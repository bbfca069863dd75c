package org.junheng.rotation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junheng.registry.Stage;
import org.junheng.rotation.ExactRotationModel.Arc;
import org.junheng.rotation.ExactRotationModel.Curve;
import org.junheng.rotation.model.Candidate;
import org.junheng.rotation.model.Policy;
import org.junheng.rotation.model.RotationSchool;
import org.junheng.rotation.model.SchoolPart;
import org.junheng.rotation.model.SchoolRuleNeeds;
import org.junheng.rotation.model.StageBalance;
import org.junheng.rotation.model.TeacherIndicator;

/**
 * A lower bound of the planner's whole problem (the model of {@link SchoolRuleModel}) by Lagrangian relaxation, for
 * counties too large for SCIP and where that model's LP relaxation bounds almost nothing.
 *
 * <p>Every constraint that joins teachers or school-stages is priced instead of kept: the flow of each indicator at
 * each school-stage (the teachers there after the plan against those who come and go), the rotation quota, the
 * backbone share, the local rule, each school's headcount change, each school-stage's subject rule, and the rule that
 * no coefficient may rise (with the teachers gained from school-stages that are not assessed as a priced variable of
 * its own, as in {@link SchoolRuleModel}). What is left falls apart into pieces each solved exactly:
 *
 * <ul>
 * <li>each teacher: stay, or the open move cheapest at the prices (a locked teacher takes the locked move);</li>
 * <li>each school-stage: the whole numbers of eligible teachers of its three indicators that cost least at the
 *     prices, with the planner's own costs of each indicator and of the school rule, and the hard rule where it was
 *     compliant. The school rule joins the three, but only through whether each indicator is at its standard, between
 *     its floor and its standard, or below its floor, and which indicators are raised to the standard
 *     ({@link SchoolRuleNeeds#teachersShort}): within those, the cost is a sum over the indicators, so the least is
 *     found over 27 such cases and their raised sets instead of every triple of numbers;</li>
 * <li>each stage and indicator: the teachers its assessed school-stages gain from the others.</li>
 * </ul>
 *
 * <p>For any prices (the ones of "at least", "at most" rules not negative), the sum of those least costs and the
 * prices times the constraints' constants is at most the value of every plan that keeps the rules: a lower bound.
 * Prices are searched by the subgradient method with Polyak's step towards the planner's value; the best bound met
 * is returned. Unlike the LP relaxation, no school-stage is made compliant by a fraction of its choice: each
 * school-stage's piece is solved whole, so the steps at the standards and at compliance stay steps within it (the
 * bound is that of the problem with each school-stage's choices replaced by their convex hull, not one of the LP).
 */
final class LagrangianBound {

    private static final int INDICATORS = TeacherIndicator.values().length;
    /** The coefficient rule's right-hand side widened by this share, so that double rounding never cuts off a plan. */
    private static final double COEFFICIENT_SLACK = 1e-9;

    private final Policy policy;
    private final long constant;

    // school-stages, indicators: index p * 3 + k
    private final SchoolPart[] parts;
    private final long[][] cost;
    private final int[] before;
    private final byte[][] status;      // 0 at the standard, 1 between floor and standard, 2 below the floor
    private final int[][] floorGap;
    private final int[][] standardGap;
    private final int[] ruleOfAssessed; // the coefficient rule the school-stage's indicator counts in, else -1
    private final int[] ruleOfOther;    // the coefficient rule it gives teachers to (not assessed), else -1
    private final double[][] term;      // Tᵢ²/Pᵢ scaled by its rule's scale
    private final int[] kind;           // 0 no school rule, 1 soft (could be made compliant), 2 hard (compliant before),
                                        // 3 soft but proved never compliant in any plan that keeps the rules
    private final int[] belowAllowed;
    private final double complianceCost;
    private final double perTeacherShort;

    // teachers and their moves
    private final int[] origin;
    private final int[] originSchool;
    private final int[] originSubject;
    private final int[] indicatorMask;
    private final double[] backboneWeight; // the backbone share's constraint in teachers (per mille / 1000)
    private final boolean[] local;
    private final boolean[] locked;
    private final int[] firstArc;
    private final int[] arcTo;
    private final int[] arcToSchool;
    private final int[] arcToSubject;
    private final long[] arcCost;

    private final int schools;
    private final int subjectKeys;

    // the coefficient rules
    private final double[] ruleS0;
    private final double[] ruleT0;
    private final int[] ruleLowest;
    private final int[] ruleHighest;
    private final double[] ruleScale;
    private final long[] ruleOthersBefore;

    // prices, one array: the flows (p * 3 + k), the quota, the backbone share, the local rule, each school's headcount
    // up and down, each school-stage's subject rule, the coefficient rules (μ) and their gains (ν)
    private final double[] price;
    private final double[] g;
    private final double[] direction;
    private final boolean[] nonNegative;
    private final int quota;
    private final int backbone;
    private final int localRule;
    private final int headcountUp;
    private final int headcountDown;
    private final int subjectRule;
    private final int coefficientRule;
    private final int gained;
    private final boolean withCoefficients;

    /**
     * @param neverCompliant school-stages that no plan keeping every rule makes compliant (proved by
     *                       {@link SchoolRuleModel#reach}): their pieces leave out the compliant choices, which
     *                       keeps the bound a bound and raises it by the step of each
     */
    LagrangianBound(ExactRotationModel model, boolean withCoefficients, java.util.Set<SchoolPart> neverCompliant) {
        this.policy = model.policy();
        this.constant = model.constant();
        this.withCoefficients = withCoefficients;
        List<SchoolPart> partList = model.solution().parts();
        parts = partList.toArray(SchoolPart[]::new);
        Map<SchoolPart, Integer> partIndex = new HashMap<>();
        for (int p = 0; p < parts.length; p++) {
            partIndex.put(parts[p], p);
        }
        int pk = parts.length * INDICATORS;
        cost = new long[pk][];
        before = new int[pk];
        status = new byte[pk][];
        floorGap = new int[pk][];
        standardGap = new int[pk][];
        ruleOfAssessed = new int[pk];
        ruleOfOther = new int[pk];
        term = new double[pk][];
        Arrays.fill(ruleOfAssessed, -1);
        Arrays.fill(ruleOfOther, -1);
        for (Curve curve : model.curves()) {
            int i = partIndex.get(curve.part()) * INDICATORS + curve.indicator().ordinal();
            cost[i] = curve.cost();
            before[i] = curve.before();
        }
        kind = new int[parts.length];
        belowAllowed = new int[parts.length];
        double weight = policy.weights().compliantSchoolStage();
        complianceCost = Math.round(1000 * weight);
        perTeacherShort = 1000 * weight / 100;
        for (int p = 0; p < parts.length; p++) {
            SchoolPart part = parts[p];
            SchoolRuleNeeds rule = part.rule();
            boolean ruled = rule != null && part.assessed() && (rule.compliantBefore() || rule.reachable());
            kind[p] = !ruled ? 0 : rule.compliantBefore() ? 2 : neverCompliant.contains(part) ? 3 : 1;
            belowAllowed[p] = ruled ? rule.belowAllowed() : 3;
            for (TeacherIndicator indicator : TeacherIndicator.values()) {
                int i = p * INDICATORS + indicator.ordinal();
                int max = cost[i].length - 1;
                status[i] = new byte[max + 1];
                floorGap[i] = new int[max + 1];
                standardGap[i] = new int[max + 1];
                if (!ruled) {
                    continue;
                }
                int standard = rule.standardTeachers()[indicator.ordinal()];
                int floor = rule.floorTeachers()[indicator.ordinal()];
                for (int n = 0; n <= max; n++) {
                    int teachers = part.teachers(indicator, n);
                    status[i][n] = (byte) (teachers >= standard ? 0 : teachers >= floor ? 1 : 2);
                    floorGap[i][n] = Math.max(0, floor - teachers);
                    standardGap[i][n] = teachers < standard ? standard - Math.max(teachers, floor) : 0;
                }
            }
        }

        // the coefficient rules: per stage and indicator, as SchoolRuleModel states them
        List<double[]> rules = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>();
        List<Long> othersBefore = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            List<Integer> assessed = new ArrayList<>();
            List<Integer> others = new ArrayList<>();
            for (int p = 0; p < parts.length; p++) {
                if (parts[p].stage() == stage) {
                    (parts[p].assessed() ? assessed : others).add(p);
                }
            }
            if (assessed.isEmpty()) {
                continue;
            }
            for (TeacherIndicator indicator : TeacherIndicator.values()) {
                StageBalance balance = policy.balanceBefore(stage, indicator);
                if (balance.teachers() == 0) {
                    continue;
                }
                int r = rules.size();
                double t0 = balance.teachers();
                // scaled so that a teacher moved at a school-stage of average staffing moves the sum by about 2
                double scale = balance.students() / t0;
                rules.add(new double[] {balance.squaresPerStudent().doubleValue() * scale, t0, scale});
                int lowest = 0;
                int highest = 0;
                long was = 0;
                for (int p : others) {
                    int i = p * INDICATORS + indicator.ordinal();
                    ruleOfOther[i] = r;
                    lowest += before[i] - (cost[i].length - 1);
                    highest += before[i];
                    was += before[i];
                }
                ranges.add(new int[] {lowest, highest});
                othersBefore.add(was);
                for (int p : assessed) {
                    int i = p * INDICATORS + indicator.ordinal();
                    ruleOfAssessed[i] = r;
                    term[i] = new double[cost[i].length];
                    for (int n = 0; n < cost[i].length; n++) {
                        term[i][n] = parts[p].balanceTerm(indicator, n).doubleValue() * scale;
                    }
                }
            }
        }
        int rulesCount = rules.size();
        ruleS0 = new double[rulesCount];
        ruleT0 = new double[rulesCount];
        ruleScale = new double[rulesCount];
        ruleLowest = new int[rulesCount];
        ruleHighest = new int[rulesCount];
        ruleOthersBefore = new long[rulesCount];
        for (int r = 0; r < rulesCount; r++) {
            ruleS0[r] = rules.get(r)[0];
            ruleT0[r] = rules.get(r)[1];
            ruleScale[r] = rules.get(r)[2];
            ruleLowest[r] = ranges.get(r)[0];
            ruleHighest[r] = ranges.get(r)[1];
            ruleOthersBefore[r] = othersBefore.get(r);
        }

        // teachers and moves
        Map<RotationSchool, Integer> schoolIndex = new HashMap<>();
        for (SchoolPart part : parts) {
            schoolIndex.putIfAbsent(part.school(), schoolIndex.size());
        }
        schools = schoolIndex.size();
        Map<String, Integer> subjectIndex = new HashMap<>();
        List<Candidate> candidates = model.solution().candidates();
        int c = candidates.size();
        origin = new int[c];
        originSchool = new int[c];
        originSubject = new int[c];
        indicatorMask = new int[c];
        backboneWeight = new double[c];
        local = new boolean[c];
        locked = new boolean[c];
        firstArc = new int[c + 1];
        int arcs = model.arcs().size();
        arcTo = new int[arcs];
        arcToSchool = new int[arcs];
        arcToSubject = new int[arcs];
        arcCost = new long[arcs];
        int a = 0;
        for (int t = 0; t < c; t++) {
            Candidate candidate = candidates.get(t);
            origin[t] = partIndex.get(candidate.origin());
            originSchool[t] = schoolIndex.get(candidate.origin().school());
            originSubject[t] = subjectIndex.computeIfAbsent(candidate.origin() + "/" + candidate.subject(),
                    k -> subjectIndex.size());
            for (TeacherIndicator indicator : TeacherIndicator.values()) {
                if (candidate.countsIn(indicator)) {
                    indicatorMask[t] |= 1 << indicator.ordinal();
                }
            }
            backboneWeight[t] = ((candidate.backbone() ? 1000 : 0) - policy.backbonePerMille()) / 1000.0;
            local[t] = candidate.localRule();
            locked[t] = candidate.locked();
            firstArc[t] = a;
            for (Arc arc : model.arcsOf(candidate)) {
                arcTo[a] = partIndex.get(arc.to());
                arcToSchool[a] = schoolIndex.get(arc.to().school());
                arcToSubject[a] = subjectIndex.computeIfAbsent(arc.to() + "/" + candidate.subject(), k -> subjectIndex.size());
                arcCost[a] = arc.cost();
                a++;
            }
        }
        firstArc[c] = a;
        subjectKeys = subjectIndex.size();

        quota = pk;
        backbone = pk + 1;
        localRule = pk + 2;
        headcountUp = pk + 3;
        headcountDown = headcountUp + schools;
        subjectRule = headcountDown + schools;
        coefficientRule = subjectRule + subjectKeys;
        gained = coefficientRule + rulesCount;
        int prices = gained + rulesCount;
        price = new double[prices];
        g = new double[prices];
        direction = new double[prices];
        nonNegative = new boolean[prices];
        Arrays.fill(nonNegative, pk, gained, true);
        // start each flow's price at minus the cost curve's slope where the plan starts
        for (int i = 0; i < pk; i++) {
            long[] curve = cost[i];
            int b = before[i];
            int lo = Math.max(0, b - 1);
            int hi = Math.min(curve.length - 1, b + 1);
            price[i] = hi > lo ? -(double) (curve[hi] - curve[lo]) / (hi - lo) : 0;
        }
    }

    /** The bound in points after searching prices for at most {@code seconds}, towards a plan's value {@code target}. */
    static ExactResult solve(ExactRotationModel model, double target, long seconds, boolean withCoefficients,
                             java.util.Set<SchoolPart> neverCompliant) {
        long start = System.nanoTime();
        LagrangianBound bound = new LagrangianBound(model, withCoefficients, neverCompliant);
        int checked = bound.checkSchoolStagesAgainstEveryTriple(new Random(7));
        System.err.printf(Locale.ROOT, "  Lagrangian: %d school-stages' least costs checked against every triple of numbers%n",
                checked);
        double best = bound.search(target * 1000, seconds * 1_000_000_000L, start);
        if (Boolean.getBoolean("lagrange.describe")) {
            bound.describeSchoolStagesThatCouldBeMadeCompliant();
        }
        long took = (System.nanoTime() - start) / 1_000_000_000;
        return new ExactResult("Lagrangian bound" + (withCoefficients ? "" : " without the coefficient rule")
                + (neverCompliant.isEmpty() ? "" : ", " + neverCompliant.size() + " school-stages proved never compliant"),
                "BOUND", Double.NaN, best / 1000, took);
    }

    /**
     * Subgradient ascent with Polyak's step towards the target, each direction deflected by the one before (so that
     * the prices do not zigzag across a ridge), the step's share halved when the bound has not risen for a while.
     */
    private double search(double target, long nanos, long start) {
        double best = Double.NEGATIVE_INFINITY;
        double[] bestPrice = price.clone();
        double share = 1.0;
        int sinceBetter = 0;
        int iteration = 0;
        long lastReport = start;
        int patience = Integer.getInteger("lagrange.patience", 150);
        double deflection = Double.parseDouble(System.getProperty("lagrange.deflection", "0.5"));
        while (System.nanoTime() - start < nanos && share > 1e-6) {
            double value = evaluate();
            iteration++;
            if (best == Double.NEGATIVE_INFINITY || value > best + 1e-9 * Math.abs(best)) {
                best = value;
                System.arraycopy(price, 0, bestPrice, 0, price.length);
                sinceBetter = 0;
            } else if (++sinceBetter >= patience) {
                share /= 2;
                sinceBetter = 0;
                // start again from the best prices, without the old direction
                System.arraycopy(bestPrice, 0, price, 0, price.length);
                Arrays.fill(direction, 0);
                continue;
            }
            double norm = 0;
            for (int i = 0; i < price.length; i++) {
                double d = g[i] + deflection * direction[i];
                if (nonNegative[i] && price[i] <= 0 && d < 0) {
                    d = 0; // a price held at 0 by its sign does not move below it
                }
                direction[i] = d;
                norm += d * d;
            }
            if (norm == 0) {
                break; // a zero subgradient: no price can raise the bound further
            }
            double step = share * Math.max(target - value, 1e-4 * Math.abs(target)) / norm;
            for (int i = 0; i < price.length; i++) {
                price[i] += step * direction[i];
                if (nonNegative[i] && price[i] < 0) {
                    price[i] = 0;
                }
            }
            if (System.nanoTime() - lastReport > 10_000_000_000L) {
                lastReport = System.nanoTime();
                System.err.printf(Locale.ROOT, "  Lagrangian: %d iterations, %.0f s, bound %.1f (this step %.1f), step share %.2g%n",
                        iteration, (lastReport - start) / 1e9, best / 1000, value / 1000, share);
            }
        }
        System.err.printf(Locale.ROOT, "  Lagrangian: %d iterations, bound %.1f%n", iteration, best / 1000);
        System.arraycopy(bestPrice, 0, price, 0, price.length);
        return best;
    }

    /**
     * Prints, at the present prices, each school-stage that teachers could make compliant: its eligible teachers
     * before and the numbers its piece chooses — where the bound falls short of the plans, it is mostly here.
     */
    private void describeSchoolStagesThatCouldBeMadeCompliant() {
        int[] chosen = new int[INDICATORS];
        for (int p = 0; p < parts.length; p++) {
            if (kind[p] != 1 && kind[p] != 3) {
                continue;
            }
            double least = leastAt(p, chosen);
            int[] was = Arrays.copyOfRange(before, p * INDICATORS, p * INDICATORS + INDICATORS);
            System.err.printf(Locale.ROOT, "  %s: before %s (the school rule costs %.1f), at the prices %s%s, costing %.1f%n",
                    parts[p], Arrays.toString(was), parts[p].schoolRuleCost(was[0], was[1], was[2]) / 1000.0,
                    Arrays.toString(chosen), parts[p].compliant(chosen[0], chosen[1], chosen[2]) ? " (compliant)" : "",
                    least / 1000);
        }
    }

    /** The value of the relaxation at the present prices, a lower bound; leaves its subgradient in {@code g}. */
    double evaluate() {
        double total = constant;
        Arrays.fill(g, 0);
        for (int i = 0; i < quota; i++) {
            total -= price[i] * before[i];
            g[i] = -before[i];
        }
        total += price[quota] * policy.requiredRotated() + price[localRule] * policy.requiredLocal();
        g[quota] = policy.requiredRotated();
        g[localRule] = policy.requiredLocal();
        int h = policy.maxHeadcountChange();
        for (int i = headcountUp; i < subjectRule; i++) {
            total -= h * price[i];
            g[i] = -h;
        }
        int slack = policy.subjectSlack();
        for (int i = subjectRule; i < coefficientRule; i++) {
            total -= slack * price[i];
            g[i] = -slack;
        }
        if (withCoefficients) {
            for (int r = 0; r < ruleOthersBefore.length; r++) {
                total -= price[gained + r] * ruleOthersBefore[r];
                g[gained + r] = -ruleOthersBefore[r];
            }
        }
        total += teachers();
        total += schoolStages();
        if (withCoefficients) {
            total += gains();
        }
        return total;
    }

    private double teachers() {
        double total = 0;
        for (int t = 0; t < origin.length; t++) {
            int from = origin[t];
            double leaving = -price[quota] - price[backbone] * backboneWeight[t] - (local[t] ? price[localRule] : 0)
                    - (price[headcountUp + originSchool[t]] - price[headcountDown + originSchool[t]])
                    + price[subjectRule + originSubject[t]];
            int mask = indicatorMask[t];
            for (int k = 0; k < INDICATORS; k++) {
                if ((mask & (1 << k)) != 0) {
                    leaving += price[from * INDICATORS + k];
                }
            }
            double cheapest = locked[t] ? Double.POSITIVE_INFINITY : 0;
            int chosen = -1;
            for (int a = firstArc[t]; a < firstArc[t + 1]; a++) {
                int to = arcTo[a];
                double reduced = arcCost[a] + leaving + price[headcountUp + arcToSchool[a]]
                        - price[headcountDown + arcToSchool[a]] - price[subjectRule + arcToSubject[a]];
                for (int k = 0; k < INDICATORS; k++) {
                    if ((mask & (1 << k)) != 0) {
                        reduced -= price[to * INDICATORS + k];
                    }
                }
                if (reduced < cheapest) {
                    cheapest = reduced;
                    chosen = a;
                }
            }
            if (chosen < 0) {
                continue;
            }
            total += cheapest;
            int to = arcTo[chosen];
            for (int k = 0; k < INDICATORS; k++) {
                if ((mask & (1 << k)) != 0) {
                    g[from * INDICATORS + k] += 1;
                    g[to * INDICATORS + k] -= 1;
                }
            }
            g[quota] -= 1;
            g[backbone] -= backboneWeight[t];
            if (local[t]) {
                g[localRule] -= 1;
            }
            g[headcountUp + arcToSchool[chosen]] += 1;
            g[headcountUp + originSchool[t]] -= 1;
            g[headcountDown + arcToSchool[chosen]] -= 1;
            g[headcountDown + originSchool[t]] += 1;
            g[subjectRule + arcToSubject[chosen]] -= 1;
            g[subjectRule + originSubject[t]] += 1;
        }
        return total;
    }

    private double schoolStages() {
        double total = 0;
        int[] chosen = new int[INDICATORS];
        for (int p = 0; p < parts.length; p++) {
            total += leastAt(p, chosen);
            for (int k = 0; k < INDICATORS; k++) {
                int i = p * INDICATORS + k;
                int n = chosen[k];
                g[i] += n;
                if (withCoefficients && ruleOfAssessed[i] >= 0) {
                    g[coefficientRule + ruleOfAssessed[i]] += term[i][n];
                }
                if (withCoefficients && ruleOfOther[i] >= 0) {
                    g[gained + ruleOfOther[i]] += n;
                }
            }
        }
        return total;
    }

    /** The cost of {@code n} eligible teachers of indicator {@code i} at the present prices, the school rule aside. */
    private double priced(int i, int n) {
        double v = cost[i][n] + price[i] * n;
        if (withCoefficients) {
            if (ruleOfAssessed[i] >= 0) {
                v += price[coefficientRule + ruleOfAssessed[i]] * term[i][n];
            } else if (ruleOfOther[i] >= 0) {
                v += price[gained + ruleOfOther[i]] * n;
            }
        }
        return v;
    }

    /**
     * The least cost at school-stage {@code p} at the present prices, the school rule in; the numbers chosen in
     * {@code chosen}.
     */
    double leastAt(int p, int[] chosen) {
        int base = p * INDICATORS;
        if (kind[p] == 0) {
            double total = 0;
            for (int k = 0; k < INDICATORS; k++) {
                int i = base + k;
                double least = Double.POSITIVE_INFINITY;
                for (int n = 0; n < cost[i].length; n++) {
                    double v = priced(i, n);
                    if (v < least) {
                        least = v;
                        chosen[k] = n;
                    }
                }
                total += least;
            }
            return total;
        }
        // least[k][status][raised], and where it is reached
        double[][][] least = new double[INDICATORS][3][2];
        int[][][] at = new int[INDICATORS][3][2];
        for (int k = 0; k < INDICATORS; k++) {
            for (double[] row : least[k]) {
                Arrays.fill(row, Double.POSITIVE_INFINITY);
            }
            int i = base + k;
            for (int n = 0; n < cost[i].length; n++) {
                int s = status[i][n];
                double kept = priced(i, n) + perTeacherShort * floorGap[i][n];
                double raised = kept + perTeacherShort * standardGap[i][n];
                if (kept < least[k][s][0]) {
                    least[k][s][0] = kept;
                    at[k][s][0] = n;
                }
                if (raised < least[k][s][1]) {
                    least[k][s][1] = raised;
                    at[k][s][1] = n;
                }
            }
        }
        double best = Double.POSITIVE_INFINITY;
        int bestCase = -1;
        int bestRaised = 0;
        for (int c = 0; c < 27; c++) {
            int[] s = {c % 3, c / 3 % 3, c / 9};
            int belowMask = 0;
            boolean floorGaps = false;
            for (int k = 0; k < INDICATORS; k++) {
                if (s[k] > 0) {
                    belowMask |= 1 << k;
                }
                floorGaps |= s[k] == 2;
            }
            int below = Integer.bitCount(belowMask);
            for (int raised = 0; raised < 8; raised++) {
                if ((raised & ~belowMask) != 0 || below - Integer.bitCount(raised) > belowAllowed[p]) {
                    continue;
                }
                boolean gaps = floorGaps || raised != 0;
                if (kind[p] == 2 && gaps || kind[p] == 3 && !gaps) {
                    continue; // compliant before: no gap may open; never compliant: some gap stays
                }
                double v = gaps ? complianceCost : 0;
                for (int k = 0; k < INDICATORS; k++) {
                    v += least[k][s[k]][(raised >> k) & 1];
                }
                if (v < best) {
                    best = v;
                    bestCase = c;
                    bestRaised = raised;
                }
            }
        }
        if (bestCase < 0) {
            throw new IllegalStateException(parts[p] + ": no numbers of teachers keep the school rule");
        }
        int[] s = {bestCase % 3, bestCase / 3 % 3, bestCase / 9};
        for (int k = 0; k < INDICATORS; k++) {
            chosen[k] = at[k][s[k]][(bestRaised >> k) & 1];
        }
        return best;
    }

    /** Each stage and indicator: the teachers d its assessed school-stages gain from the others, at the prices. */
    private double gains() {
        double total = 0;
        for (int r = 0; r < ruleS0.length; r++) {
            double mu = price[coefficientRule + r];
            double nu = price[gained + r];
            double least = Double.POSITIVE_INFINITY;
            int chosen = 0;
            double rhsChosen = 0;
            for (int d = ruleLowest[r]; d <= ruleHighest[r]; d++) {
                double t = ruleT0[r] + d;
                double rhs = ruleS0[r] * t * t / (ruleT0[r] * ruleT0[r]) * (1 + COEFFICIENT_SLACK);
                double v = -mu * rhs + nu * d;
                if (v < least) {
                    least = v;
                    chosen = d;
                    rhsChosen = rhs;
                }
            }
            total += least;
            g[coefficientRule + r] -= rhsChosen;
            g[gained + r] += chosen;
        }
        return total;
    }

    /**
     * Checks the least cost by status and raised set against the least over every triple of numbers (the planner's
     * own {@link SchoolPart#schoolRuleCost} and {@link SchoolPart#losesCompliance}), at random prices, for every
     * school-stage whose triples are few enough to count: the decomposition must be exact for the bound to hold.
     *
     * @return the school-stages checked
     */
    int checkSchoolStagesAgainstEveryTriple(Random random) {
        double[] saved = price.clone();
        int checked = 0;
        int[] chosen = new int[INDICATORS];
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < quota; i++) {
                price[i] = saved[i] + (random.nextDouble() - 0.5) * 40_000 * round;
            }
            for (int i = coefficientRule; i < price.length; i++) {
                price[i] = (i < gained ? random.nextDouble() : random.nextDouble() - 0.5) * 1000 * round;
            }
            for (int p = 0; p < parts.length; p++) {
                int base = p * INDICATORS;
                int q = cost[base].length;
                int b = cost[base + 1].length;
                int e = cost[base + 2].length;
                if ((long) q * b * e > 400_000) {
                    continue;
                }
                double fast = leastAt(p, chosen);
                double every = Double.POSITIVE_INFINITY;
                for (int x = 0; x < q; x++) {
                    for (int y = 0; y < b; y++) {
                        for (int z = 0; z < e; z++) {
                            if (parts[p].losesCompliance(x, y, z) || kind[p] == 3 && parts[p].compliant(x, y, z)) {
                                continue;
                            }
                            double v = priced(base, x) + priced(base + 1, y) + priced(base + 2, z)
                                    + parts[p].schoolRuleCost(x, y, z);
                            every = Math.min(every, v);
                        }
                    }
                }
                if (Math.abs(fast - every) > 1e-6 * Math.max(1, Math.abs(every))) {
                    throw new IllegalStateException(parts[p] + ": least cost by status " + fast + ", over every triple "
                            + every);
                }
                checked++;
            }
        }
        System.arraycopy(saved, 0, price, 0, saved.length);
        return checked;
    }
}
