package org.junheng.rotation.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
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

    /** One teacher's change: from the school-stage where the plan has them to {@code destination}'s (null: home). */
    private record Edge(int from, int to, Candidate teacher, SchoolPart destination, long weight) {
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<RotationSolution> director, BooleanSupplier terminated) {
        RotationSolution solution = director.getWorkingSolution();
        MoveCosts costs = new MoveCosts(solution);
        Map<SchoolPart, List<SchoolPart>> nearest = nearest(solution.parts());
        List<List<Candidate>> subjects = new ArrayList<>(solution.candidates().stream().filter(c -> !c.locked())
                .collect(Collectors.groupingBy(c -> List.of(c.origin().stage(), c.subject()))).values());
        boolean improved = true;
        while (improved && !terminated.getAsBoolean()) {
            improved = false;
            for (List<Candidate> subject : subjects) {
                if (terminated.getAsBoolean()) {
                    return;
                }
                List<Edge> cycle = negativeCycle(subject, solution, costs, nearest, false);
                if (cycle == null) {
                    continue;
                }
                if (keepIfBetter(director, cycle)) {
                    improved = true;
                } else {
                    // most often the cycle sent more teachers home than it sent out, below a quota: look for one
                    // that keeps the number of moves
                    List<Edge> keepingMoves = negativeCycle(subject, solution, costs, nearest, true);
                    if (keepingMoves != null && keepIfBetter(director, keepingMoves)) {
                        improved = true;
                    }
                }
            }
        }
    }

    private static Map<SchoolPart, List<SchoolPart>> nearest(List<SchoolPart> parts) {
        Map<SchoolPart, List<SchoolPart>> nearest = new IdentityHashMap<>();
        for (SchoolPart part : parts) {
            nearest.put(part, parts.stream().filter(p -> p.stage() == part.stage() && p.school() != part.school())
                    .sorted(Comparator.comparingDouble(p -> km(part, p))).limit(NEAREST).toList());
        }
        return nearest;
    }

    private static double km(SchoolPart a, SchoolPart b) {
        Double km = a.school().distanceKm(b.school());
        return km == null ? 0 : km;
    }

    /**
     * The negative cycle Bellman–Ford finds among the changes of one subject's teachers, or null. To
     * keep the number of moves, each school-stage is a node in each of three layers — one move fewer,
     * as many, one more than the plan so far along the path — and a teacher sent home goes down a
     * layer, a teacher sent out up one: a cycle ends in the layer it began in.
     */
    private static List<Edge> negativeCycle(List<Candidate> teachers, RotationSolution solution, MoveCosts costs,
                                            Map<SchoolPart, List<SchoolPart>> nearest, boolean keepMoves) {
        Map<SchoolPart, Map<TeacherIndicator, Integer>> counts = counts(solution);
        Map<SchoolPart, Integer> index = new IdentityHashMap<>();
        List<Edge> edges = new ArrayList<>();
        for (Candidate c : teachers) {
            SchoolPart at = c.effectivePart();
            long leaving = c.moved() ? -costs.of(c, c.destination()) : 0;
            for (TeacherIndicator indicator : TeacherIndicator.values()) {
                if (c.countsIn(indicator)) {
                    int n = count(counts, at, indicator);
                    leaving += at.cost(indicator, n - 1) - at.cost(indicator, n);
                }
            }
            List<SchoolPart> targets = new ArrayList<>(nearest.get(c.origin()));
            if (c.moved()) {
                targets.add(c.origin());
            }
            for (SchoolPart to : targets) {
                if (to == at || (to != c.origin() && (!c.opensTo(to) || c.forbids(to)))) {
                    continue;
                }
                long weight = leaving + costs.of(c, to);
                for (TeacherIndicator indicator : TeacherIndicator.values()) {
                    if (c.countsIn(indicator)) {
                        int n = count(counts, to, indicator);
                        weight += to.cost(indicator, n + 1) - to.cost(indicator, n);
                    }
                }
                int from = index.computeIfAbsent(at, p -> index.size());
                int into = index.computeIfAbsent(to, p -> index.size());
                SchoolPart destination = to == c.origin() ? null : to;
                if (!keepMoves) {
                    edges.add(new Edge(from, into, c, destination, weight));
                    continue;
                }
                int step = destination == null ? -1 : c.moved() ? 0 : 1;
                for (int layer = 0; layer < LAYERS; layer++) {
                    if (layer + step >= 0 && layer + step < LAYERS) {
                        edges.add(new Edge(from * LAYERS + layer, into * LAYERS + layer + step, c, destination, weight));
                    }
                }
            }
        }
        return bellmanFord(index.size() * (keepMoves ? LAYERS : 1), edges);
    }

    private static List<Edge> bellmanFord(int nodes, List<Edge> edges) {
        long[] distance = new long[nodes];
        Edge[] via = new Edge[nodes];
        for (int pass = 0; pass < nodes; pass++) {
            boolean relaxed = false;
            for (Edge e : edges) {
                if (distance[e.from()] + e.weight() < distance[e.to()]) {
                    distance[e.to()] = distance[e.from()] + e.weight();
                    via[e.to()] = e;
                    relaxed = true;
                }
            }
            if (!relaxed) {
                return null;
            }
            List<Edge> cycle = cycleAmong(via);
            if (cycle != null) {
                return cycle;
            }
        }
        return null;
    }

    /** A cycle of negative weight in the edges by which each node was last reached, or null. */
    private static List<Edge> cycleAmong(Edge[] via) {
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
                    return cycle;
                }
            }
        }
        return null;
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

    private static Map<SchoolPart, Map<TeacherIndicator, Integer>> counts(RotationSolution solution) {
        Map<SchoolPart, Map<TeacherIndicator, Integer>> counts = new IdentityHashMap<>();
        for (Candidate c : solution.candidates()) {
            for (TeacherIndicator indicator : TeacherIndicator.values()) {
                if (c.countsIn(indicator)) {
                    counts.computeIfAbsent(c.effectivePart(), p -> new EnumMap<>(TeacherIndicator.class))
                            .merge(indicator, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private static int count(Map<SchoolPart, Map<TeacherIndicator, Integer>> counts, SchoolPart part,
                             TeacherIndicator indicator) {
        return counts.getOrDefault(part, Map.of()).getOrDefault(indicator, 0);
    }
}
