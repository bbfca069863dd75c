package org.junheng.rotation.model.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import org.junheng.rotation.model.Candidate;
import org.junheng.rotation.model.RotationSolution;
import org.junheng.rotation.model.SchoolPart;

/**
 * Iterated cycle search across subjects (跨学科重排). The cycle search weighs a change at the counts
 * of the plan, one subject at a time, so it cannot see that the moves of two subjects at one school
 * would be cheaper made differently together — say, one exchange that brings a teacher who is both
 * qualified and backbone, instead of two that bring one of each. Each kick undoes a cycle of moves of
 * one subject, drawn at random, and picks another subject with a teacher where that cycle's first move
 * arrives (undoing the cycle through that teacher's move, if they move); the cycle search then
 * rebuilds both subjects from there. The plan is kept if it is no worse, and restored otherwise. Every few
 * kicks, the steps to the standards that the kicks have opened are tried ({@link StandardSteps}), and the
 * chains across subjects ({@link IndicatorTransfers}).
 */
public final class CycleKicks implements PhaseCommand<RotationSolution> {

    /** Kicks between two sweeps of the steps to the standards ({@link StandardSteps}), which kicks open anew. */
    private static final int KICKS_BETWEEN_STEPS = 10;

    private final long kicks;
    private final long seed;

    /** Kicks until the search's time is up. */
    public CycleKicks() {
        this(Long.MAX_VALUE, 0);
    }

    /** At most {@code kicks} kicks, drawn with the seed. */
    public CycleKicks(long kicks, long seed) {
        this.kicks = kicks;
        this.seed = seed;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<RotationSolution> director, BooleanSupplier terminated) {
        CyclePlan plan = new CyclePlan(director);
        RotationSolution solution = plan.solution();
        Map<List<Object>, List<Candidate>> subjects = solution.movableBySubject();
        Random random = new Random(seed);
        Set<CyclePlan.Step> failedSteps = new HashSet<>();
        for (long kick = 0; kick < kicks && !terminated.getAsBoolean(); kick++) {
            List<Candidate> movers = solution.candidates().stream().filter(c -> c.moved() && !c.locked()).toList();
            if (movers.isEmpty()) {
                return;
            }
            kick(plan, subjects, movers.get(random.nextInt(movers.size())), random, terminated);
            if ((kick + 1) % KICKS_BETWEEN_STEPS == 0) {
                StandardSteps.sweep(plan, subjects, failedSteps, terminated);
                IndicatorTransfers.improve(plan, terminated);
            }
        }
    }

    private static void kick(CyclePlan plan, Map<List<Object>, List<Candidate>> subjects, Candidate first,
                             Random random, BooleanSupplier terminated) {
        List<Candidate> firstSubject = subjects.get(Candidate.subjectOf(first));
        List<Candidate> cycle = cycleThrough(first, firstSubject, random);
        if (cycle == null) {
            return;
        }
        List<Candidate> undone = new ArrayList<>(cycle);
        List<List<Candidate>> affected = new ArrayList<>(List.of(firstSubject));
        SchoolPart at = first.destination();
        List<Candidate> here = subjects.values().stream().filter(teachers -> teachers != firstSubject)
                .flatMap(List::stream).filter(c -> c.effectivePart() == at || c.origin() == at).toList();
        if (!here.isEmpty()) {
            Candidate second = here.get(random.nextInt(here.size()));
            List<Candidate> secondSubject = subjects.get(Candidate.subjectOf(second));
            List<Candidate> secondCycle = second.moved() ? cycleThrough(second, secondSubject, random) : List.of();
            if (secondCycle != null) {
                undone.addAll(secondCycle);
                affected.add(secondSubject);
            }
        }
        // the subject rebuilt first takes the moves the quota needs back: let either be first
        Collections.shuffle(affected, random);
        Map<Candidate, SchoolPart> was = new HashMap<>();
        affected.forEach(teachers -> teachers.forEach(c -> was.put(c, c.destination())));
        HardSoftLongScore before = plan.score();
        undone.forEach(c -> plan.change(c, null));
        CycleSearch.improve(plan, affected, terminated);
        if (plan.score().compareTo(before) >= 0) {
            return;
        }
        was.forEach((c, destination) -> {
            if (c.destination() != destination) {
                plan.change(c, destination);
            }
        });
        plan.score();
    }

    /**
     * The movers of a cycle of the plan that passes through the teacher's move: from where they arrive,
     * another teacher of the subject leaves, and so on until the teacher's own school-stage is reached;
     * null when there is no such cycle without a locked move.
     */
    private static List<Candidate> cycleThrough(Candidate first, List<Candidate> subject, Random random) {
        Map<SchoolPart, List<Candidate>> leaving = new HashMap<>();
        for (Candidate c : subject) {
            if (c.moved()) {
                leaving.computeIfAbsent(c.origin(), p -> new ArrayList<>()).add(c);
            }
        }
        List<Candidate> cycle = new ArrayList<>(List.of(first));
        Set<Candidate> used = new HashSet<>(cycle);
        SchoolPart at = first.destination();
        while (at != first.origin()) {
            List<Candidate> next = leaving.getOrDefault(at, List.of()).stream().filter(c -> !used.contains(c)).toList();
            if (next.isEmpty() || cycle.size() > subject.size()) {
                return null;
            }
            Candidate c = next.get(random.nextInt(next.size()));
            cycle.add(c);
            used.add(c);
            at = c.destination();
        }
        return cycle;
    }
}
