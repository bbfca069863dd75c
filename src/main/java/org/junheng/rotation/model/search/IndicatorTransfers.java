package org.junheng.rotation.model.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import org.junheng.rotation.model.Candidate;
import org.junheng.rotation.model.RotationSolution;

/**
 * Chains of exchanges across subjects that carry one teacher of an indicator from a school-stage that can
 * spare one to one below its standard (跨学科接力). Where the school-stages between sit exactly on a
 * standard, no cycle of one subject can pass a qualified teacher through them: each would leave such a
 * school below its standard. An exchange of two teachers of a subject who differ only in the indicator
 * carries one unit of it from one school-stage to the other and changes nothing else there; a chain of such
 * exchanges, each of its own subject, carries the unit from the first school-stage to the last and leaves
 * those between as they were. The chains of at most {@link #LINKS} exchanges are found by shortest paths over
 * the cheapest exchange between each two school-stages, and each is kept only if the plan's score is better.
 */
public final class IndicatorTransfers implements PhaseCommand<RotationSolution> {

    /** The most exchanges in one chain. */
    private static final int LINKS = 4;
    private static final long NONE = Long.MAX_VALUE / 4;

    @Override
    public void changeWorkingSolution(ScoreDirector<RotationSolution> director, BooleanSupplier terminated) {
        improve(new CyclePlan(director), terminated);
    }

    /** Keeps chains that improve the plan, indicator by indicator, until none does. */
    static void improve(CyclePlan plan, BooleanSupplier terminated) {
        boolean improved = true;
        while (improved && !terminated.getAsBoolean()) {
            improved = false;
            for (int indicator = 0; indicator < CyclePlan.INDICATORS.length && !terminated.getAsBoolean(); indicator++) {
                improved |= improveOnce(plan, indicator);
            }
        }
    }

    /** A chain found: what it changes in the plan (thousandths, below 0), its number of exchanges, where it ends. */
    private record Chain(long change, int links, int last) {
    }

    /** One search for the indicator: every chain found, the best first, each kept if still better. */
    private static boolean improveOnce(CyclePlan plan, int indicator) {
        Exchanges exchanges = new Exchanges(plan, indicator);
        int n = plan.nodes();
        int bit = 1 << indicator;
        long[] loss = new long[n];
        long[] gain = new long[n];
        for (int at = 0; at < n; at++) {
            loss[at] = plan.arrivalAndDeparture(at, 0, bit);
            gain[at] = plan.arrivalAndDeparture(at, bit, 0);
        }
        // distance[l][v]: the cheapest way, in l exchanges, to carry a unit from some school-stage to v
        long[][] distance = new long[LINKS + 1][n];
        int[][] via = new int[LINKS + 1][n];
        distance[0] = loss;
        for (int l = 1; l <= LINKS; l++) {
            Arrays.fill(distance[l], NONE);
            Arrays.fill(via[l], -1);
            for (int u = 0; u < n; u++) {
                if (distance[l - 1][u] >= NONE) {
                    continue;
                }
                for (int v = 0; v < n; v++) {
                    long w = exchanges.weight[u * n + v];
                    if (w < NONE && distance[l - 1][u] + w < distance[l][v]) {
                        distance[l][v] = distance[l - 1][u] + w;
                        via[l][v] = u;
                    }
                }
            }
        }
        List<Chain> found = new ArrayList<>();
        for (int l = 1; l <= LINKS; l++) {
            for (int v = 0; v < n; v++) {
                if (distance[l][v] < NONE && distance[l][v] + gain[v] < 0) {
                    found.add(new Chain(distance[l][v] + gain[v], l, v));
                }
            }
        }
        found.sort(Comparator.comparingLong(Chain::change));
        Set<Integer> touched = new HashSet<>();
        boolean kept = false;
        for (Chain chain : found) {
            int[] path = path(via, chain.links(), chain.last());
            if (path == null || Arrays.stream(path).anyMatch(touched::contains)) {
                continue;
            }
            List<CycleChange> changes = new ArrayList<>();
            for (int i = 0; i + 1 < path.length; i++) {
                changes.addAll(exchanges.changes(path[i], path[i + 1]));
            }
            if (CycleSearch.keepIfBetter(plan, changes)) {
                kept = true;
                Arrays.stream(path).forEach(touched::add);
            }
        }
        return kept;
    }

    /** The school-stages of the chain ending at v after l exchanges, first to last; null when it visits one twice. */
    private static int[] path(int[][] via, int l, int v) {
        int[] path = new int[l + 1];
        path[l] = v;
        for (int i = l; i > 0; i--) {
            path[i - 1] = via[i][path[i]];
        }
        return Arrays.stream(path).distinct().count() == path.length ? path : null;
    }

    /**
     * The cheapest exchange from each school-stage to each other: a teacher counted in the indicator goes from
     * the first to the second and a teacher of the same stage and subject, alike in every other indicator but
     * not counted in this one, comes the other way — either may be a mover sent home or elsewhere.
     */
    private static final class Exchanges {

        final long[] weight;
        private final Candidate[] going;
        private final Candidate[] coming;
        private final CyclePlan plan;
        private final int n;

        Exchanges(CyclePlan plan, int indicator) {
            this.plan = plan;
            this.n = plan.nodes();
            this.weight = new long[n * n];
            this.going = new Candidate[n * n];
            this.coming = new Candidate[n * n];
            Arrays.fill(weight, NONE);
            int bit = 1 << indicator;
            List<List<Candidate>> bySubject = new ArrayList<>(plan.solution().movableBySubject().values());
            for (List<Candidate> subject : bySubject) {
                // the subject's teachers where the plan has them, by school-stage
                List<List<Candidate>> at = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    at.add(new ArrayList<>(2));
                }
                for (Candidate c : subject) {
                    at.get(plan.at(c, plan.reach(c))).add(c);
                }
                for (Candidate a : subject) {
                    CyclePlan.Reach ra = plan.reach(a);
                    if ((ra.indicators() & bit) == 0) {
                        continue;
                    }
                    int from = plan.at(a, ra);
                    long aNow = a.moved() ? plan.moveCost(a, ra, from) : 0;
                    for (int t = 0; t < ra.targets().length; t++) {
                        int to = ra.targets()[t];
                        if (to == from) {
                            continue;
                        }
                        long aCost = ra.moveCosts()[t] - aNow;
                        for (Candidate b : at.get(to)) {
                            CyclePlan.Reach rb = plan.reach(b);
                            if (rb.indicators() != (ra.indicators() & ~bit)) {
                                continue;
                            }
                            long bTo = rb.moveCostTo(from);
                            if (bTo < 0) {
                                continue;
                            }
                            long w = aCost + bTo - (b.moved() ? plan.moveCost(b, rb, to) : 0);
                            int e = from * n + to;
                            if (w < weight[e]) {
                                weight[e] = w;
                                going[e] = a;
                                coming[e] = b;
                            }
                        }
                    }
                }
            }
        }

        List<CycleChange> changes(int from, int to) {
            int e = from * n + to;
            Candidate a = going[e];
            Candidate b = coming[e];
            return List.of(new CycleChange(a, to == plan.reach(a).home() ? null : plan.part(to)),
                    new CycleChange(b, from == plan.reach(b).home() ? null : plan.part(from)));
        }
    }
}
