package org.junheng.rotation.model.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import org.junheng.rotation.model.Candidate;
import org.junheng.rotation.model.RotationSolution;
import org.junheng.rotation.model.SchoolPart;

/**
 * Cycles of moves within a subject that make the plan cheaper (同学科循环调整). Under the subject rule
 * a school-stage gains a teacher of a subject for each it loses, so the moves of a subject run in
 * cycles: A → B → C → A. Any cycle of changes — a teacher who stays sent somewhere, a moving
 * teacher sent elsewhere or home — keeps every school-stage's headcount and subjects, so it can be
 * added to a plan whole. This is the classic test of a cheapest flow: a plan is the cheapest of its
 * kind when no cycle of changes costs less than nothing.
 *
 * <p>Each school-stage is two nodes for each kind of teacher (the indicators they count in): one for
 * such a teacher arriving, one for such a teacher leaving, joined from each arrival to each departure
 * by an edge weighed by what that arrival and departure change there at the counts of the plan. Each
 * possible change of one teacher is an edge from its departure node where the teacher is in the plan
 * to its arrival node where the change puts them, weighed by the moves' own costs. A cycle that passes
 * each school-stage once changes it by one arrival and one departure, so its weight is exactly what it
 * changes — a qualified teacher may pass through a school
 * that sits on its standard as long as another qualified teacher takes their place — and a cycle of
 * negative weight improves the plan (unless a quota or a coefficient rule stops it: each cycle is
 * scored before it is kept). Negative cycles are found by
 * Bellman–Ford, subject by subject, until none is left or time is up. A teacher is only sent to the
 * nearest school-stages, since long moves are dear.
 */
public final class CycleSearch implements PhaseCommand<RotationSolution> {

    /** Moves given up or made so far along a path that keeps the number of moves: −1, 0 or +1. */
    private static final int LAYERS = 3;
    private static final int PASSES = 16;

    @Override
    public void changeWorkingSolution(ScoreDirector<RotationSolution> director, BooleanSupplier terminated) {
        CyclePlan plan = new CyclePlan(director);
        improve(plan, plan.solution().movableBySubject().values(), terminated);
    }

    /** The unlocked teachers of each stage and subject, in the order of the roster (so that a search can be repeated). */
    /** Keeps the cycles found among the teachers of each subject until none improves the plan. */
    static void improve(CyclePlan plan, Collection<List<Candidate>> subjects, BooleanSupplier terminated) {
        Graph graph = new Graph();
        boolean improved = true;
        while (improved && !terminated.getAsBoolean()) {
            improved = false;
            for (List<Candidate> subject : subjects) {
                if (terminated.getAsBoolean()) {
                    return;
                }
                List<List<CycleChange>> cycles = graph.negativeCycles(subject, plan, false);
                if (cycles.isEmpty()) {
                    continue;
                }
                if (keepEachIfBetter(plan, cycles)) {
                    improved = true;
                } else {
                    // most often the cycles sent more teachers home than they sent out, below a quota: look for
                    // ones that keep the number of moves
                    improved |= keepEachIfBetter(plan, graph.negativeCycles(subject, plan, true));
                }
            }
        }
    }

    /**
     * The changes of one subject's teachers as a graph: each school-stage is a node (in each of three
     * layers when the number of moves is kept: one move fewer, as many, one more than the plan so far
     * along the path; a teacher sent home goes down a layer, a teacher sent out up one, and a cycle ends
     * in the layer it began in). The arrays are reused from one search to the next.
     */
    private static final class Graph {

        private int edges;
        private int[] from = new int[1024];
        private int[] to = new int[1024];
        private long[] weight = new long[1024];
        private CycleChange[] change = new CycleChange[1024];

        private void add(int tail, int head, long w, CycleChange c) {
            if (edges == from.length) {
                int size = 2 * edges;
                from = Arrays.copyOf(from, size);
                to = Arrays.copyOf(to, size);
                weight = Arrays.copyOf(weight, size);
                change = Arrays.copyOf(change, size);
            }
            from[edges] = tail;
            to[edges] = head;
            weight[edges] = w;
            change[edges] = c;
            edges++;
        }

        /** The negative cycles Bellman–Ford finds among the changes of one subject's teachers (none: empty). */
        List<List<CycleChange>> negativeCycles(List<Candidate> teachers, CyclePlan plan, boolean keepMoves) {
            edges = 0;
            CyclePlan.Shortfall shortfall = plan.shortfall();
            // a node per school-stage and kind of teacher arriving there (the indicators they count in), and one
            // per school-stage and kind of teacher leaving it: the edge between the two weighs what that arrival
            // and departure together change there, once for all the departing teacher's destinations
            int[] kindOf = new int[1 << CyclePlan.INDICATORS.length];
            Arrays.fill(kindOf, -1);
            int[] indicatorsOfKind = new int[kindOf.length];
            int kinds = 0;
            for (Candidate c : teachers) {
                int bits = plan.reach(c).indicators();
                if (kindOf[bits] < 0) {
                    indicatorsOfKind[kinds] = bits;
                    kindOf[bits] = kinds++;
                }
            }
            int layers = keepMoves ? LAYERS : 1;
            int arrivals = plan.nodes() * kinds * layers;
            boolean[] departs = new boolean[plan.nodes() * kinds];
            for (Candidate c : teachers) {
                CyclePlan.Reach r = plan.reach(c);
                int at = plan.at(c, r);
                int kind = kindOf[r.indicators()];
                departs[at * kinds + kind] = true;
                long moveGivenUp = c.moved() ? -plan.moveCost(c, r, at) : 0;
                CycleChange home = new CycleChange(c, null);
                int tail = arrivals + (at * kinds + kind) * layers;
                for (int t = 0; t < r.targets().length; t++) {
                    int into = r.targets()[t];
                    if (into == at) {
                        continue;
                    }
                    long w = moveGivenUp + r.moveCosts()[t];
                    boolean sentHome = into == r.home();
                    if (sentHome) {
                        w += shortfall.bonus(c);
                    } else if (!c.moved()) {
                        w -= shortfall.bonus(c);
                    }
                    CycleChange change = sentHome ? home : new CycleChange(c, plan.part(into));
                    int head = (into * kinds + kind) * layers;
                    if (!keepMoves) {
                        add(tail, head, w, change);
                        continue;
                    }
                    int step = sentHome ? -1 : c.moved() ? 0 : 1;
                    for (int layer = 0; layer < layers; layer++) {
                        if (layer + step >= 0 && layer + step < layers) {
                            add(tail + layer, head + layer + step, w, change);
                        }
                    }
                }
            }
            for (int at = 0; at < plan.nodes(); at++) {
                for (int d = 0; d < kinds; d++) {
                    if (!departs[at * kinds + d]) {
                        continue;
                    }
                    for (int k = 0; k < kinds; k++) {
                        long here = plan.arrivalAndDeparture(at, indicatorsOfKind[k], indicatorsOfKind[d]);
                        for (int layer = 0; layer < layers; layer++) {
                            add((at * kinds + k) * layers + layer, arrivals + (at * kinds + d) * layers + layer, here, null);
                        }
                    }
                }
            }
            return bellmanFord(2 * arrivals);
        }

        /**
         * Bellman–Ford from a virtual source joined to every node, in its queue form: only the nodes
         * whose distance fell are looked at again. The edges by which the nodes were last reached are
         * checked for cycles once for each round of as many relaxations as there are nodes.
         */
        private List<List<CycleChange>> bellmanFord(int nodes) {
            int[] first = new int[nodes + 1];
            for (int e = 0; e < edges; e++) {
                first[from[e] + 1]++;
            }
            for (int n = 0; n < nodes; n++) {
                first[n + 1] += first[n];
            }
            int[] out = new int[edges];
            int[] filled = Arrays.copyOf(first, nodes);
            for (int e = 0; e < edges; e++) {
                out[filled[from[e]]++] = e;
            }
            // each node's edges' heads and weights side by side, so that the scans below read memory in order
            int[] outTo = new int[edges];
            long[] outWeight = new long[edges];
            for (int k = 0; k < edges; k++) {
                outTo[k] = to[out[k]];
                outWeight[k] = weight[out[k]];
            }
            long[] distance = new long[nodes];
            int[] via = new int[nodes];
            Arrays.fill(via, -1);
            int[] queue = new int[nodes];
            boolean[] queued = new boolean[nodes];
            for (int n = 0; n < nodes; n++) {
                queue[n] = n;
                queued[n] = true;
            }
            int head = 0;
            int size = nodes;
            // relaxations since the last look for cycles (one look each time as many as there are nodes)
            int relaxations = 0;
            long scans = 0;
            // cycles are found within a few passes' worth of edges; past that, the only negative cycles send a
            // teacher twice (through two layers) and the distances would fall for ever
            long scansAtMost = (long) PASSES * edges;
            while (size > 0 && scans < scansAtMost) {
                int node = queue[head];
                head = head + 1 == nodes ? 0 : head + 1;
                size--;
                queued[node] = false;
                scans += first[node + 1] - first[node];
                long at = distance[node];
                for (int k = first[node]; k < first[node + 1]; k++) {
                    int next = outTo[k];
                    long through = at + outWeight[k];
                    if (through < distance[next]) {
                        distance[next] = through;
                        via[next] = out[k];
                        if (!queued[next]) {
                            int end = head + size;
                            queue[end < nodes ? end : end - nodes] = next;
                            size++;
                            queued[next] = true;
                        }
                        if (++relaxations == nodes) {
                            relaxations = 0;
                            List<List<CycleChange>> cycles = cyclesAmong(via);
                            if (!cycles.isEmpty()) {
                                return cycles;
                            }
                        }
                    }
                }
            }
            return cyclesAmong(via);
        }

        /** The cycles of negative weight in the edges by which each node was last reached; they share no node. */
        private List<List<CycleChange>> cyclesAmong(int[] via) {
            List<List<CycleChange>> cycles = new ArrayList<>();
            int nodes = via.length;
            int[] seenOnWalk = new int[nodes];
            for (int start = 0; start < nodes; start++) {
                int node = start;
                while (seenOnWalk[node] == 0 && via[node] >= 0) {
                    seenOnWalk[node] = start + 1;
                    node = from[via[node]];
                }
                if (via[node] >= 0 && seenOnWalk[node] == start + 1) {
                    List<CycleChange> cycle = new ArrayList<>();
                    Set<Candidate> teachers = new HashSet<>();
                    boolean distinct = true;
                    long total = 0;
                    int at = node;
                    do {
                        int e = via[at];
                        // an edge from an arrival to a departure at the same school-stage changes no teacher
                        if (change[e] != null) {
                            cycle.add(change[e]);
                            distinct &= teachers.add(change[e].teacher());
                        }
                        total += weight[e];
                        at = from[e];
                    } while (at != node);
                    if (total < 0 && distinct) {
                        cycles.add(cycle);
                    }
                }
            }
            return cycles;
        }
    }

    /**
     * Keeps each cycle that improves the score. The cycles were weighed at the same counts, so one
     * that shares a teacher or a school-stage with a cycle kept before it is left for the next search.
     */
    private static boolean keepEachIfBetter(CyclePlan plan, List<List<CycleChange>> cycles) {
        Set<Candidate> changed = new HashSet<>();
        Set<SchoolPart> touched = new HashSet<>();
        boolean kept = false;
        for (List<CycleChange> cycle : cycles) {
            Set<SchoolPart> parts = new HashSet<>();
            for (CycleChange c : cycle) {
                parts.add(c.teacher().effectivePart());
                parts.add(c.destination() == null ? c.teacher().origin() : c.destination());
            }
            if (cycle.stream().anyMatch(c -> changed.contains(c.teacher())) || parts.stream().anyMatch(touched::contains)) {
                continue;
            }
            if (keepIfBetter(plan, cycle)) {
                kept = true;
                cycle.forEach(c -> changed.add(c.teacher()));
                touched.addAll(parts);
            }
        }
        return kept;
    }

    /** Makes the changes and keeps them if the score is better; otherwise puts everything back. */
    static boolean keepIfBetter(CyclePlan plan, List<CycleChange> cycle) {
        if (plan.smoothed()) {
            Set<Integer> nodes = plan.nodesChangedBy(cycle);
            long gapBefore = plan.quotaGap();
            long before = plan.costAt(nodes, cycle);
            Map<Candidate, SchoolPart> was = make(plan, cycle);
            long gap = plan.quotaGap();
            if (gap < gapBefore || gap == gapBefore && plan.costAt(nodes, cycle) < before) {
                return true;
            }
            was.forEach(plan::change);
            return false;
        }
        HardSoftLongScore before = plan.score();
        Map<Candidate, SchoolPart> was = make(plan, cycle);
        if (plan.score().compareTo(before) > 0) {
            return true;
        }
        was.forEach(plan::change);
        plan.score();
        return false;
    }

    /** Makes the changes; answers where each teacher was before. */
    private static Map<Candidate, SchoolPart> make(CyclePlan plan, List<CycleChange> cycle) {
        Map<Candidate, SchoolPart> was = new HashMap<>();
        for (CycleChange c : cycle) {
            was.putIfAbsent(c.teacher(), c.teacher().destination());
            plan.change(c.teacher(), c.destination());
        }
        return was;
    }
}
