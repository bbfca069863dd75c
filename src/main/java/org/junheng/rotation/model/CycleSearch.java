package org.junheng.rotation.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;

/**
 * Cycles of moves within a subject that make the plan cheaper (同学科循环调整). Under the subject rule
 * a school-stage gains a teacher of a subject for each it loses, so the moves of a subject run in
 * cycles: A → B → C → A. Any cycle of changes — a teacher who stays sent somewhere, a moving
 * teacher sent elsewhere or home — keeps every school-stage's headcount and subjects, so it can be
 * added to a plan whole. This is the classic test of a cheapest flow: a plan is the cheapest of its
 * kind when no cycle of changes costs less than nothing.
 *
 * <p>Each school-stage is a node; each possible change of one teacher an edge from where the teacher
 * is in the plan to where the change puts them, weighed by what it changes: the moves' own costs, and
 * the indicator costs of one teacher fewer where they leave and one more where they arrive, at the
 * counts of the plan. A simple cycle changes each school-stage by one arrival and one departure; the
 * indicator costs are convex in the count, so the edge weights add up to no less than what the cycle
 * really changes, and a cycle of negative weight really improves the plan (unless a quota or a
 * coefficient rule stops it: each cycle is scored before it is kept). Negative cycles are found by
 * Bellman–Ford, subject by subject, until none is left or time is up. A teacher is only sent to the
 * nearest school-stages, since long moves are dear.
 */
public final class CycleSearch implements PhaseCommand<RotationSolution> {

    private static final int NEAREST = 40;
    /** Moves given up or made so far along a path that keeps the number of moves: −1, 0 or +1. */
    private static final int LAYERS = 3;
    private static final String DESTINATION = "destination";
    private static final int PASSES = 16;
    private static final TeacherIndicator[] INDICATORS = TeacherIndicator.values();

    /** One teacher's change: from the school-stage where the plan has them to {@code destination}'s (null: home). */
    private record Edge(int from, int to, Candidate teacher, SchoolPart destination, long weight) {
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<RotationSolution> director, BooleanSupplier terminated) {
        RotationSolution solution = director.getWorkingSolution();
        Plan plan = Plan.of(solution);
        List<List<Candidate>> subjects = new ArrayList<>(solution.candidates().stream().filter(c -> !c.locked())
                .collect(Collectors.groupingBy(c -> List.of(c.origin().stage(), c.subject()))).values());
        boolean improved = true;
        while (improved && !terminated.getAsBoolean()) {
            improved = false;
            for (List<Candidate> subject : subjects) {
                if (terminated.getAsBoolean()) {
                    return;
                }
                List<List<Edge>> cycles = negativeCycles(subject, plan, false);
                if (cycles.isEmpty()) {
                    continue;
                }
                if (keepEachIfBetter(director, cycles)) {
                    improved = true;
                } else {
                    // most often the cycles sent more teachers home than they sent out, below a quota: look for
                    // ones that keep the number of moves
                    improved |= keepEachIfBetter(director, negativeCycles(subject, plan, true));
                }
            }
        }
    }

    /**
     * Where each teacher may be sent — the nearest open school-stages, and home — with what the move
     * itself costs: the part of each change that does not depend on the plan, worked out once. Nodes
     * are numbered school-stages; {@code indicators} has a bit per teacher indicator the teacher counts in.
     */
    private record Reach(int[] targets, long[] moveCosts, int home, int indicators) {

        long moveCostTo(int node) {
            for (int t = 0; t < targets.length; t++) {
                if (targets[t] == node) {
                    return moveCosts[t];
                }
            }
            return -1;
        }
    }

    private static Map<Candidate, Reach> reach(RotationSolution solution, MoveCosts costs, Map<SchoolPart, Integer> node) {
        Map<SchoolPart, List<SchoolPart>> nearest = new IdentityHashMap<>();
        for (SchoolPart part : solution.parts()) {
            nearest.put(part, solution.parts().stream()
                    .filter(p -> p.stage() == part.stage() && p.school() != part.school())
                    .sorted(Comparator.comparingDouble(p -> km(part, p))).limit(NEAREST).toList());
        }
        Map<Candidate, Reach> reach = new IdentityHashMap<>();
        for (Candidate c : solution.candidates()) {
            if (c.locked()) {
                continue;
            }
            List<SchoolPart> targets = new ArrayList<>(nearest.get(c.origin()).stream()
                    .filter(to -> c.opensTo(to) && !c.forbids(to)).toList());
            targets.add(c.origin());
            reach.put(c, new Reach(targets.stream().mapToInt(node::get).toArray(),
                    targets.stream().mapToLong(to -> costs.of(c, to)).toArray(), node.get(c.origin()), indicators(c)));
        }
        return reach;
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

    private static double km(SchoolPart a, SchoolPart b) {
        Double km = a.school().distanceKm(b.school());
        return km == null ? 0 : km;
    }

    /**
     * The negative cycles Bellman–Ford finds among the changes of one subject's teachers (none: empty). To
     * keep the number of moves, each school-stage is a node in each of three layers — one move fewer,
     * as many, one more than the plan so far along the path — and a teacher sent home goes down a
     * layer, a teacher sent out up one: a cycle ends in the layer it began in.
     */
    private static List<List<Edge>> negativeCycles(List<Candidate> teachers, Plan plan, boolean keepMoves) {
        long[][] marginal = plan.marginalCosts();
        long[] arriving = marginal[0];
        long[] leaving = marginal[1];
        List<Edge> edges = new ArrayList<>();
        for (Candidate c : teachers) {
            Reach r = plan.reach().get(c);
            int at = plan.node().get(c.effectivePart());
            long leavingCost = c.moved() ? -plan.moveCost(c, r, at) : 0;
            leavingCost += sum(leaving, at, r.indicators());
            for (int t = 0; t < r.targets().length; t++) {
                int to = r.targets()[t];
                if (to == at) {
                    continue;
                }
                long weight = leavingCost + r.moveCosts()[t] + sum(arriving, to, r.indicators());
                SchoolPart destination = to == r.home() ? null : plan.parts().get(to);
                if (!keepMoves) {
                    edges.add(new Edge(at, to, c, destination, weight));
                    continue;
                }
                int step = destination == null ? -1 : c.moved() ? 0 : 1;
                for (int layer = 0; layer < LAYERS; layer++) {
                    if (layer + step >= 0 && layer + step < LAYERS) {
                        edges.add(new Edge(at * LAYERS + layer, to * LAYERS + layer + step, c, destination, weight));
                    }
                }
            }
        }
        return bellmanFord(plan.parts().size() * (keepMoves ? LAYERS : 1), edges);
    }

    private static long sum(long[] costs, int node, int indicators) {
        long sum = 0;
        for (int i = 0; i < INDICATORS.length; i++) {
            if ((indicators & 1 << i) != 0) {
                sum += costs[node * INDICATORS.length + i];
            }
        }
        return sum;
    }

    /** The plan being improved, with its school-stages numbered as nodes. */
    private record Plan(RotationSolution solution, List<SchoolPart> parts, Map<SchoolPart, Integer> node,
                        Map<Candidate, Reach> reach, MoveCosts costs) {

        static Plan of(RotationSolution solution) {
            List<SchoolPart> parts = solution.parts();
            Map<SchoolPart, Integer> node = new IdentityHashMap<>();
            for (SchoolPart part : parts) {
                node.put(part, node.size());
            }
            MoveCosts costs = new MoveCosts(solution);
            return new Plan(solution, parts, node, CycleSearch.reach(solution, costs, node), costs);
        }

        /** The cost of the teacher's move to the node; the descent may have sent them beyond the nearest. */
        long moveCost(Candidate c, Reach r, int to) {
            long cost = r.moveCostTo(to);
            return cost >= 0 ? cost : costs.of(c, parts.get(to));
        }

        /**
         * Per node and indicator, what one teacher more ([0]) and one teacher fewer ([1]) cost at the
         * plan's counts.
         */
        long[][] marginalCosts() {
            int[] counts = new int[parts.size() * INDICATORS.length];
            for (Candidate c : solution.candidates()) {
                int at = node.get(c.effectivePart()) * INDICATORS.length;
                for (TeacherIndicator indicator : INDICATORS) {
                    if (c.countsIn(indicator)) {
                        counts[at + indicator.ordinal()]++;
                    }
                }
            }
            long[] more = new long[counts.length];
            long[] fewer = new long[counts.length];
            for (int p = 0; p < parts.size(); p++) {
                SchoolPart part = parts.get(p);
                for (TeacherIndicator indicator : INDICATORS) {
                    int i = p * INDICATORS.length + indicator.ordinal();
                    long now = part.cost(indicator, counts[i]);
                    more[i] = part.cost(indicator, counts[i] + 1) - now;
                    fewer[i] = counts[i] == 0 ? 0 : part.cost(indicator, counts[i] - 1) - now;
                }
            }
            return new long[][] {more, fewer};
        }
    }

    /**
     * Bellman–Ford from a virtual source joined to every node, in its queue form: only the nodes whose
     * distance fell are looked at again. The edges by which the nodes were last reached are checked
     * for a cycle once for each round of as many relaxations as there are nodes.
     */
    private static List<List<Edge>> bellmanFord(int nodes, List<Edge> edges) {
        List<List<Edge>> out = new ArrayList<>(nodes);
        for (int n = 0; n < nodes; n++) {
            out.add(new ArrayList<>());
        }
        for (Edge e : edges) {
            out.get(e.from()).add(e);
        }
        long[] distance = new long[nodes];
        Edge[] via = new Edge[nodes];
        ArrayDeque<Integer> queue = new ArrayDeque<>(nodes);
        boolean[] queued = new boolean[nodes];
        for (int n = 0; n < nodes; n++) {
            queue.add(n);
            queued[n] = true;
        }
        long relaxations = 0;
        long scans = 0;
        // cycles are found within a few passes' worth of edges; past that, the only negative cycles send a
        // teacher twice (through two layers) and the distances would fall for ever
        long scansAtMost = (long) PASSES * edges.size();
        while (!queue.isEmpty() && scans < scansAtMost) {
            int node = queue.poll();
            queued[node] = false;
            scans += out.get(node).size();
            for (Edge e : out.get(node)) {
                if (distance[node] + e.weight() < distance[e.to()]) {
                    distance[e.to()] = distance[node] + e.weight();
                    via[e.to()] = e;
                    if (!queued[e.to()]) {
                        queue.add(e.to());
                        queued[e.to()] = true;
                    }
                    if (++relaxations % nodes == 0) {
                        List<List<Edge>> cycles = cyclesAmong(via);
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
    private static List<List<Edge>> cyclesAmong(Edge[] via) {
        List<List<Edge>> cycles = new ArrayList<>();
        int nodes = via.length;
        int[] seenOnWalk = new int[nodes];
        for (int start = 0; start < nodes; start++) {
            int node = start;
            while (node >= 0 && seenOnWalk[node] == 0 && via[node] != null) {
                seenOnWalk[node] = start + 1;
                node = via[node].from();
            }
            if (node >= 0 && via[node] != null && seenOnWalk[node] == start + 1) {
                List<Edge> cycle = new ArrayList<>();
                int at = node;
                do {
                    cycle.add(via[at]);
                    at = via[at].from();
                } while (at != node);
                long weight = cycle.stream().mapToLong(Edge::weight).sum();
                Set<Candidate> teachers = new HashSet<>();
                boolean distinct = cycle.stream().allMatch(e -> teachers.add(e.teacher()));
                if (weight < 0 && distinct) {
                    cycles.add(cycle);
                }
            }
        }
        return cycles;
    }

    /**
     * Keeps each cycle that improves the score. The cycles were weighed at the same counts, so one
     * that shares a teacher or a school-stage with a cycle kept before it is left for the next search.
     */
    private static boolean keepEachIfBetter(ScoreDirector<RotationSolution> director, List<List<Edge>> cycles) {
        Set<Candidate> changed = new HashSet<>();
        Set<SchoolPart> touched = new HashSet<>();
        boolean kept = false;
        for (List<Edge> cycle : cycles) {
            Set<SchoolPart> parts = new HashSet<>();
            for (Edge e : cycle) {
                parts.add(e.teacher().effectivePart());
                parts.add(e.destination() == null ? e.teacher().origin() : e.destination());
            }
            if (cycle.stream().anyMatch(e -> changed.contains(e.teacher())) || parts.stream().anyMatch(touched::contains)) {
                continue;
            }
            if (keepIfBetter(director, cycle)) {
                kept = true;
                cycle.forEach(e -> changed.add(e.teacher()));
                touched.addAll(parts);
            }
        }
        return kept;
    }

    @SuppressWarnings("unchecked")
    private static boolean keepIfBetter(ScoreDirector<RotationSolution> director, List<Edge> cycle) {
        InnerScoreDirector<RotationSolution, HardSoftLongScore> inner =
                (InnerScoreDirector<RotationSolution, HardSoftLongScore>) director;
        HardSoftLongScore before = inner.calculateScore().raw();
        Map<Candidate, SchoolPart> was = new HashMap<>();
        for (Edge e : cycle) {
            was.put(e.teacher(), e.teacher().destination());
            change(director, e.teacher(), e.destination());
        }
        director.triggerVariableListeners();
        if (inner.calculateScore().raw().compareTo(before) > 0) {
            return true;
        }
        was.forEach((teacher, destination) -> change(director, teacher, destination));
        director.triggerVariableListeners();
        inner.calculateScore();
        return false;
    }

    private static void change(ScoreDirector<RotationSolution> director, Candidate teacher, SchoolPart destination) {
        director.beforeVariableChanged(teacher, DESTINATION);
        teacher.setDestination(destination);
        director.afterVariableChanged(teacher, DESTINATION);
    }
}
