package org.junheng.rotation.model.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import org.junheng.rotation.model.Candidate;
import org.junheng.rotation.model.Destinations;
import org.junheng.rotation.model.Policy;
import org.junheng.rotation.model.RotationSchool;
import org.junheng.rotation.model.RotationSolution;
import org.junheng.rotation.model.SchoolPart;
import org.junheng.rotation.model.TeacherIndicator;
import org.junheng.rotation.model.score.MoveCosts;
import org.junheng.rotation.model.timefold.TimefoldScores;

/**
 * The plan as the cycle search sees it: school-stages numbered as nodes, where each teacher may be
 * sent and what the move itself costs (worked out once), and the counts of each indicator per node,
 * kept up to date as teachers are changed through {@link #change}.
 */
final class CyclePlan {

    static final TeacherIndicator[] INDICATORS = TeacherIndicator.values();
    /** The kinds of teacher by the indicators they count in: a bit per indicator. */
    private static final int KINDS = 1 << INDICATORS.length;
    private static final int NEAREST = 40;

    /**
     * Where a teacher may be sent — the nearest open school-stages teaching their subject, and home —
     * with what each move costs; {@code indicators} has a bit per teacher indicator the teacher counts in.
     */
    record Reach(int[] targets, long[] moveCosts, int home, int indicators) {

        long moveCostTo(int node) {
            for (int t = 0; t < targets.length; t++) {
                if (targets[t] == node) {
                    return moveCosts[t];
                }
            }
            return -1;
        }
    }

    private final ScoreDirector<RotationSolution> director;
    private final RotationSolution solution;
    private final List<SchoolPart> parts;
    private final Map<SchoolPart, Integer> node = new IdentityHashMap<>();
    private final Map<Candidate, Reach> reach = new IdentityHashMap<>();
    private final MoveCosts costs;
    /** Per node × indicator: the eligible teachers there counted in it, and the indicator's cost by count. */
    private final int[] counts;
    private final long[][] costByCount;
    /** The width, in teachers, over which the standards' corners are rounded off; 0: the plan's own costs. */
    private double smoothing;
    /** The node × indicator whose cost is spread between two counts (−1: none). */
    private int spread = -1;
    private int spreadFrom;
    private int spreadTo;
    /** While a step is pulled rather than spread: what each teacher up to the standard is made worth (thousandths). */
    private long pulledEach;
    /**
     * What an arrival and a departure change at a node ({@link #arrivalAndDeparture}), by node and the two
     * teachers' indicators, remembered while the node's counts and the costs stay as they are: the cycle search
     * asks it for every edge, and many edges share it.
     */
    private final long[] changeAt;
    private final int[] changeAtVersion;
    /** Raised at a node when its counts change, and at every node when the costs do. */
    private final int[] version;
    private int rotated;
    private int backboneRotated;
    private int localRuleRotated;

    CyclePlan(ScoreDirector<RotationSolution> director) {
        this.director = director;
        this.solution = director.getWorkingSolution();
        this.parts = solution.parts();
        for (SchoolPart part : parts) {
            node.put(part, node.size());
        }
        this.costs = new MoveCosts(solution);
        this.counts = new int[parts.size() * INDICATORS.length];
        this.costByCount = new long[counts.length][];
        this.changeAt = new long[parts.size() * KINDS * KINDS];
        this.changeAtVersion = new int[changeAt.length];
        this.version = new int[parts.size()];
        Arrays.fill(changeAtVersion, -1);
        // without slack in the subject rule, a school-stage gains teachers of a subject only as it loses them,
        // so only those with eligible teachers of the subject are worth sending one to
        boolean slack = solution.policy().subjectSlack() > 0;
        Set<List<Object>> offering = new HashSet<>();
        solution.candidates().forEach(c -> offering.add(List.of(c.origin(), c.subject())));
        Map<List<Object>, List<SchoolPart>> byDistance = new HashMap<>();
        // each school's distance to every school-stage, worked out once for all its school-stages and subjects
        Map<RotationSchool, double[]> kmFrom = new HashMap<>();
        for (Candidate c : solution.candidates()) {
            count(c, 1);
            if (c.locked()) {
                continue;
            }
            List<SchoolPart> nearest = byDistance.computeIfAbsent(List.of(c.origin(), c.subject()), key -> parts.stream()
                    .filter(p -> p.stage() == c.origin().stage() && p.school() != c.origin().school()
                            && (slack || offering.contains(List.of(p, c.subject()))))
                    .map(p -> new Away(p, kmFrom.computeIfAbsent(c.origin().school(), this::distancesFrom)[node.get(p)]))
                    .sorted(Comparator.comparingDouble(Away::km)).map(Away::part).toList());
            List<SchoolPart> targets = new ArrayList<>(nearest.stream()
                    .filter(to -> c.opensTo(to) && !c.forbids(to)).limit(NEAREST).toList());
            targets.add(c.origin());
            reach.put(c, new Reach(targets.stream().mapToInt(node::get).toArray(),
                    targets.stream().mapToLong(to -> costs.of(c, to)).toArray(), node.get(c.origin()), indicators(c)));
        }
    }

    private record Away(SchoolPart part, double km) {
    }

    /** The distance from the school to each node's school, by node. */
    private double[] distancesFrom(RotationSchool school) {
        double[] km = new double[parts.size()];
        for (int n = 0; n < km.length; n++) {
            km[n] = school.distanceKmOrZero(parts.get(n).school());
        }
        return km;
    }

    private static int indicators(Candidate c) {
        int bits = 0;
        for (TeacherIndicator indicator : INDICATORS) {
            if (c.countsIn(indicator)) {
                bits |= 1 << indicator.ordinal();
            }
        }
        return bits;
    }

    private void count(Candidate c, int sign) {
        int n = node.get(c.effectivePart());
        version[n]++;
        int at = n * INDICATORS.length;
        for (TeacherIndicator indicator : INDICATORS) {
            if (c.countsIn(indicator)) {
                counts[at + indicator.ordinal()] += sign;
            }
        }
        if (c.moved()) {
            rotated += sign;
            backboneRotated += c.backbone() ? sign : 0;
            localRuleRotated += c.localRule() ? sign : 0;
        }
    }

    RotationSolution solution() {
        return solution;
    }

    SchoolPart part(int node) {
        return parts.get(node);
    }

    int nodes() {
        return parts.size();
    }

    Reach reach(Candidate c) {
        return reach.get(c);
    }

    /** The node where the plan has the teacher. */
    int at(Candidate c, Reach r) {
        return c.moved() ? node.get(c.destination()) : r.home();
    }

    /** The cost of the teacher's move to the node; the descent may have sent them beyond the nearest. */
    long moveCost(Candidate c, Reach r, int to) {
        long cost = r.moveCostTo(to);
        return cost >= 0 ? cost : costs.of(c, parts.get(to));
    }

    /**
     * What a teacher arriving at the node and another leaving it change there together: {@code arriving}
     * and {@code leaving} have a bit per indicator each counts in.
     */
    long arrivalAndDeparture(int node, int arriving, int leaving) {
        int i = (node * KINDS + arriving) * KINDS + leaving;
        if (changeAtVersion[i] != version[node]) {
            changeAt[i] = worthOfArrivalAndDeparture(node, arriving, leaving);
            changeAtVersion[i] = version[node];
        }
        return changeAt[i];
    }

    private long worthOfArrivalAndDeparture(int node, int arriving, int leaving) {
        long w = 0;
        int changed = 0;
        for (int i = 0; i < INDICATORS.length; i++) {
            int delta = (arriving >> i & 1) - (leaving >> i & 1);
            if (delta != 0) {
                w += marginalCost(node, i, delta);
                changed = 1;
            }
        }
        if (changed == 0) {
            return w;
        }
        int at = node * INDICATORS.length;
        return w + schoolRuleCost(node, counts[at] + (arriving & 1) - (leaving & 1),
                counts[at + 1] + (arriving >> 1 & 1) - (leaving >> 1 & 1),
                counts[at + 2] + (arriving >> 2 & 1) - (leaving >> 2 & 1)) - schoolRuleCost(node);
    }

    /**
     * What the school rule costs at the node with these eligible teachers counted in each indicator: its soft
     * cost, or, where a school-stage compliant before would not be, a cost above any soft one (the hard rule).
     */
    private long schoolRuleCost(int node, int qualified, int backbone, int peArt) {
        if (qualified < 0 || backbone < 0 || peArt < 0) {
            return 0;
        }
        SchoolPart part = parts.get(node);
        return part.losesCompliance(qualified, backbone, peArt) ? LOSES_COMPLIANCE
                : part.schoolRuleCost(qualified, backbone, peArt);
    }

    private long schoolRuleCost(int node) {
        int at = node * INDICATORS.length;
        return schoolRuleCost(node, counts[at], counts[at + 1], counts[at + 2]);
    }

    /** Larger than the quota bonus of {@link Shortfall}: no quota is made up by losing a compliant school-stage. */
    private static final long LOSES_COMPLIANCE = 1L << 44;

    /** What one teacher more (or, with {@code delta} −1, fewer) costs in the indicator at the node. */
    private long marginalCost(int node, int indicator, int delta) {
        int i = node * INDICATORS.length + indicator;
        int n = counts[i];
        if (n + delta < 0) {
            return 0;
        }
        return cost(i, n + delta) - cost(i, n);
    }

    private long cost(int i, int n) {
        if (i == spread && pulledEach > 0 && n > spreadFrom && n <= spreadTo) {
            return ownCost(i, spreadFrom) - pulledEach * (n - spreadFrom);
        }
        if (i == spread && n > spreadFrom && n < spreadTo) {
            long from = ownCost(i, spreadFrom);
            return from + (ownCost(i, spreadTo) - from) * (n - spreadFrom) / (spreadTo - spreadFrom);
        }
        return ownCost(i, n);
    }

    private long ownCost(int i, int n) {
        long[] known = costByCount[i];
        if (known == null || n >= known.length) {
            int from = known == null ? 0 : known.length;
            known = known == null ? new long[n + 8] : Arrays.copyOf(known, Math.max(n + 8, 2 * known.length));
            SchoolPart part = parts.get(i / INDICATORS.length);
            TeacherIndicator indicator = INDICATORS[i % INDICATORS.length];
            for (int k = from; k < known.length; k++) {
                known[k] = Math.round(1000 * part.smoothedPoints(indicator, k, smoothing));
            }
            costByCount[i] = known;
        }
        return known[n];
    }

    /**
     * Weighs the indicators with their standards' corners rounded off over {@code width} teachers (0:
     * as the plan's score does); while it is above 0, changes are judged by {@link #costAt} and the
     * quotas rather than by the score.
     */
    void smoothOver(double width) {
        smoothing = width;
        Arrays.fill(costByCount, null);
        costsChanged();
    }

    boolean smoothed() {
        return smoothing > 0 || spread >= 0;
    }

    /**
     * A school-stage's indicator below its standard by more than one teacher: {@code from} eligible teachers
     * counted in it now, {@code to} where it reaches the standard; {@code gain} what each teacher between is
     * worth when the step is spread over them, in thousandths of a point.
     */
    record Step(int node, int indicator, int from, int to, long gain) {
    }

    /**
     * The steps to a standard that take two to {@code most} teachers and are worth more a teacher than the first
     * teacher alone is, the most worth first.
     */
    List<Step> stepsToStandards(int most) {
        List<Step> steps = new ArrayList<>();
        for (int at = 0; at < parts.size(); at++) {
            for (int indicator = 0; indicator < INDICATORS.length; indicator++) {
                int i = at * INDICATORS.length + indicator;
                int n = counts[i];
                long first = ownCost(i, n) - ownCost(i, n + 1);
                Step best = null;
                for (int k = 2; k <= most; k++) {
                    long each = (ownCost(i, n) - ownCost(i, n + k)) / k;
                    if (each > first && (best == null || each > best.gain())) {
                        best = new Step(at, indicator, n, n + k, each);
                    }
                }
                if (best != null) {
                    steps.add(best);
                }
            }
        }
        steps.sort(Comparator.comparingLong(Step::gain).reversed());
        return steps;
    }

    /** Whether the indicator still has the count the step starts from. */
    boolean stillAt(Step step) {
        return counts[step.node() * INDICATORS.length + step.indicator()] == step.from();
    }

    /**
     * Weighs the step's indicator with the step spread evenly over the teachers it takes ({@code each} 0), or as
     * though each teacher up to the standard were worth {@code each} thousandths of a point, so that the search
     * brings all of them if any way does (null: as the plan's score does); while a step is spread or pulled,
     * changes are judged by {@link #costAt} and the quotas.
     */
    void weighStep(Step step, long each) {
        costsChanged();
        pulledEach = each;
        if (step == null) {
            spread = -1;
            return;
        }
        spread = step.node() * INDICATORS.length + step.indicator();
        spreadFrom = step.from();
        spreadTo = step.to();
    }

    private void costsChanged() {
        for (int n = 0; n < version.length; n++) {
            version[n]++;
        }
    }

    /** The school-stages the changes take teachers from or to. */
    Set<Integer> nodesChangedBy(List<CycleChange> changes) {
        Set<Integer> nodes = new HashSet<>();
        for (CycleChange change : changes) {
            Candidate c = change.teacher();
            nodes.add(node.get(c.effectivePart()));
            nodes.add(node.get(change.destination() == null ? c.origin() : change.destination()));
        }
        return nodes;
    }

    /**
     * What the changes' teachers' moves and the indicators at the given school-stages cost, as the
     * cycle search weighs them (in thousandths of a point): with the school-stages the changes take
     * teachers from or to, its difference before and after making them is what they change in the plan.
     */
    long costAt(Set<Integer> nodes, List<CycleChange> changes) {
        long total = 0;
        for (CycleChange change : changes) {
            Candidate c = change.teacher();
            if (c.moved()) {
                Reach r = reach.get(c);
                total += r == null ? costs.of(c, c.destination()) : moveCost(c, r, node.get(c.destination()));
            }
        }
        for (int at : nodes) {
            for (int i = at * INDICATORS.length; i < (at + 1) * INDICATORS.length; i++) {
                total += cost(i, counts[i]);
            }
            total += schoolRuleCost(at);
        }
        return total;
    }

    /** How many teachers the plan is short of its quotas, all told. */
    long quotaGap() {
        Policy policy = solution.policy();
        return Math.max(0, policy.requiredRotated() - rotated) + Math.max(0, policy.requiredBackbone(rotated) - backboneRotated)
                + Math.max(0, policy.requiredLocal() - localRuleRotated);
    }

    /** Which quotas the plan falls short of. */
    Shortfall shortfall() {
        Policy policy = solution.policy();
        return new Shortfall(rotated < policy.requiredRotated(), backboneRotated < policy.requiredBackbone(rotated),
                localRuleRotated < policy.requiredLocal());
    }

    /**
     * Which quotas a plan falls short of. While it does, a change that sends out a teacher who counts
     * toward one earns a bonus larger than any soft cost, and sending such a teacher home costs as much,
     * so the first cycles found are those that make up the shortfall.
     */
    record Shortfall(boolean rotated, boolean backbone, boolean localRule) {

        private static final long BONUS = 1L << 40;

        long bonus(Candidate c) {
            return BONUS * ((rotated ? 1 : 0) + (backbone && c.backbone() ? 1 : 0) + (localRule && c.localRule() ? 1 : 0));
        }
    }

    void change(Candidate teacher, SchoolPart destination) {
        count(teacher, -1);
        Destinations.change(director, teacher, destination);
        count(teacher, 1);
    }

    @SuppressWarnings("unchecked")
    HardSoftLongScore score() {
        return TimefoldScores.of(director);
    }
}
