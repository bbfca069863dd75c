package org.junheng.rotation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.constraint.ConstraintMatchTotal;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchPickEarlyType;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import org.junheng.assessment.Assessment;
import org.junheng.assessment.AssessmentEngine;
import org.junheng.assessment.AssessmentMethod;
import org.junheng.assessment.Change;
import org.junheng.assessment.WhatIf;
import org.junheng.rotation.model.Candidate;
import org.junheng.rotation.model.RotationSolution;
import org.junheng.rotation.model.SchoolPair;
import org.junheng.rotation.model.SchoolPart;
import org.junheng.rotation.model.TeacherIndicator;
import org.junheng.rotation.model.score.RotationConstraints;
import org.junheng.rotation.model.search.CycleKicks;
import org.junheng.rotation.model.search.CycleSearch;
import org.junheng.rotation.model.search.DestinationMatching;
import org.junheng.rotation.model.search.DestinationMatchingPhase;
import org.junheng.rotation.model.search.IndicatorTransfers;
import org.junheng.rotation.model.search.SmoothedCycleSearch;
import org.junheng.rotation.model.search.StandardSteps;
import org.junheng.rotation.model.timefold.ExchangeMoveFactory;
import org.junheng.rotation.model.timefold.QuotaNeutralMoveFactory;

/**
 * Plans a county's rotation with Timefold Solver: builds the problem, says up front which quotas no
 * plan can meet, searches for the given time, and explains the result — each move's reasons, each
 * rule's part of the score, and the county's assessment before and after.
 */
public final class RotationPlanner {

    /** How the search goes: the best score so far. */
    public interface Progress {
        void bestScore(String score, int moves);
    }

    /**
     * Where the best plan found so far is kept while the search goes on: the first at once, then at most once every
     * {@code every}: what a server that dies mid-search leaves to offer after its restart.
     */
    public record Checkpoint(Duration every, Consumer<RotationPlan> keep) {

        public static final Checkpoint NONE = new Checkpoint(Duration.ofDays(365), plan -> { });
    }

    /** A search under way, which can be stopped early (the best plan found so far is kept). */
    public interface Stopper {
        void stop();
    }

    private static final SolverConfig MODEL = new SolverConfig()
            .withSolutionClass(RotationSolution.class)
            .withEntityClasses(Candidate.class)
            .withConstraintProviderClass(RotationConstraints.class);

    // an exchange keeps every school's headcount and subjects, so the search mostly exchanges; single
    // changes use the slack the rules leave (±1 teacher); once the quota is met, quota-neutral changes
    // trade who moves or give up one exchange for another
    private static final MoveSelectorConfig MOVES = new UnionMoveSelectorConfig(List.of(
            new ChangeMoveSelectorConfig().withFixedProbabilityWeight(0.1),
            new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(ExchangeMoveFactory.class)
                    .withFixedProbabilityWeight(0.6),
            new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(QuotaNeutralMoveFactory.class)
                    .withFixedProbabilityWeight(0.3)));

    private final SolverFactory<RotationSolution> timedSolverFactory;
    private final SolutionManager<RotationSolution, HardSoftLongScore> solutionManager;

    public RotationPlanner() {
        timedSolverFactory = SolverFactory.create(MODEL.copyConfig().withPhases(phases(null)));
        solutionManager = SolutionManager.create(timedSolverFactory);
    }

    /** The solver for a budget: the one built once for time limits with seed 0, a new one for any other budget. */
    private SolverFactory<RotationSolution> solverFactory(SearchBudget budget) {
        if (!budget.bySteps() && budget.seed() == 0) {
            return timedSolverFactory;
        }
        return SolverFactory.create(MODEL.copyConfig().withRandomSeed(budget.seed())
                .withPhases(phases(budget.bySteps() ? budget : null)));
    }

    /**
     * The search: cycles of moves within a subject on indicator costs rounded off at the standards, then
     * less so, then exact ({@link SmoothedCycleSearch}); then rounds of the two exact improvements —
     * cycles of moves within a subject ({@link CycleSearch}) and the destinations of alike teachers dealt
     * out again ({@link DestinationMatching}) — the chains of exchanges across subjects that carry a teacher
     * of an indicator through school-stages on their standard ({@link IndicatorTransfers}), and the steps to
     * the standards that take several teachers ({@link StandardSteps}), each round followed by a short descent
     * taking the first better plan each step finds; then kicks across subjects ({@link CycleKicks}, sweeping the
     * steps and chains again now and then) for the rest of the time
     * (tabu search instead when the plan has no move to kick). Under a step budget (not null) every
     * descent and the closing search count steps instead of seconds.
     */
    private static PhaseConfig<?>[] phases(SearchBudget steps) {
        List<PhaseConfig<?>> phases = new ArrayList<>();
        phases.add(new CustomPhaseConfig().withCustomPhaseCommands(new SmoothedCycleSearch()));
        for (int i = 0; i < ROUNDS; i++) {
            // the steps to the standards once here; the kicks sweep them again
            phases.add(i == 0 ? new CustomPhaseConfig().withCustomPhaseCommands(new CycleSearch(), new DestinationMatchingPhase(),
                    new StandardSteps(), new IndicatorTransfers())
                    : new CustomPhaseConfig().withCustomPhaseCommands(new CycleSearch(), new DestinationMatchingPhase(),
                    new IndicatorTransfers()));
            phases.add(descent(steps));
        }
        if (steps == null) {
            phases.add(new CustomPhaseConfig().withCustomPhaseCommands(new CycleKicks()));
            phases.add(tabuSearch(LocalSearchPickEarlyType.NEVER));
        } else {
            phases.add(new CustomPhaseConfig().withCustomPhaseCommands(new CycleKicks(steps.steps(), steps.seed())));
            phases.add(tabuSearch(LocalSearchPickEarlyType.NEVER)
                    .withTerminationConfig(new TerminationConfig().withStepCountLimit(steps.steps())));
        }
        return phases.toArray(PhaseConfig<?>[]::new);
    }

    /**
     * Takes the first better plan each step finds, while that keeps improving, for a few seconds at most (under
     * a step budget, a number of steps).
     */
    private static LocalSearchPhaseConfig descent(SearchBudget steps) {
        TerminationConfig termination = steps == null
                ? new TerminationConfig().withUnimprovedSpentLimit(Duration.ofSeconds(2)).withSpentLimit(Duration.ofSeconds(4))
                : new TerminationConfig().withUnimprovedStepCountLimit(SearchBudget.DESCENT_UNIMPROVED_STEPS)
                        .withStepCountLimit(SearchBudget.DESCENT_STEPS);
        return tabuSearch(LocalSearchPickEarlyType.FIRST_LAST_STEP_SCORE_IMPROVING).withTerminationConfig(termination);
    }

    private static final int ROUNDS = 4;

    /** Tabu search over teachers (2% of them tabu), 1000 changes weighed a step unless it picks early. */
    private static LocalSearchPhaseConfig tabuSearch(LocalSearchPickEarlyType pickEarly) {
        return new LocalSearchPhaseConfig().withMoveSelectorConfig(MOVES)
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuRatio(0.02))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1000).withPickEarlyType(pickEarly));
    }

    public RotationPlan plan(RotationProblem problem, RotationRules rules, Duration timeLimit, Progress progress) {
        return plan(problem, rules, SearchBudget.time(timeLimit), progress);
    }

    public RotationPlan plan(RotationProblem problem, RotationRules rules, SearchBudget budget, Progress progress) {
        return plan(problem, rules, Map.of(), budget, progress, stopper -> { });
    }

    /**
     * @param started receives a handle to stop the search early
     * @throws RotationRejected when the problem or the rules cannot make a plan at all
     */
    public RotationPlan plan(RotationProblem problem, RotationRules rules, Duration timeLimit, Progress progress,
                             Consumer<Stopper> started) {
        return plan(problem, rules, Map.of(), timeLimit, progress, started);
    }

    /**
     * @param startFrom moves to start the search from (teacher id → school code), e.g. an earlier plan
     *                  being re-solved; moves that no longer fit the rules are left out
     */
    public RotationPlan plan(RotationProblem problem, RotationRules rules, Map<String, String> startFrom, Duration timeLimit,
                             Progress progress, Consumer<Stopper> started) {
        return plan(problem, rules, startFrom, SearchBudget.time(timeLimit), progress, started);
    }

    /**
     * @param startFrom moves to start the search from (teacher id → school code), e.g. an earlier plan
     *                  being re-solved; moves that no longer fit the rules are left out
     */
    public RotationPlan plan(RotationProblem problem, RotationRules rules, Map<String, String> startFrom, SearchBudget budget,
                             Progress progress, Consumer<Stopper> started) {
        return plan(problem, rules, startFrom, budget, progress, started, Checkpoint.NONE);
    }

    /** As above, keeping the best plan so far at the checkpoint's interval. */
    public RotationPlan plan(RotationProblem problem, RotationRules rules, Map<String, String> startFrom, SearchBudget budget,
                             Progress progress, Consumer<Stopper> started, Checkpoint checkpoint) {
        ProblemBuilder builder = new ProblemBuilder(problem, rules);
        RotationSolution solution = builder.build();
        if (startFrom.isEmpty()) {
            FeasibleStart.seed(solution);
        } else {
            builder.startFrom(solution, startFrom);
        }
        List<BrokenRule> impossible = Feasibility.check(solution);
        Solver<RotationSolution> solver = budget.bySteps() ? solverFactory(budget).buildSolver()
                : solverFactory(budget).buildSolver(new SolverConfigOverride<RotationSolution>()
                        .withTerminationConfig(new TerminationConfig().withSpentLimit(budget.timeLimit())));
        // the first plan found is kept at once (a search may find nothing better for a long time), a better one once
        // the interval has passed since
        long[] lastKept = {0};
        boolean[] keptAny = {false};
        solver.addEventListener(event -> {
            progress.bestScore(event.getNewBestScore().toString(),
                    (int) event.getNewBestSolution().candidates().stream().filter(Candidate::moved).count());
            if (checkpoint != Checkpoint.NONE
                    && (!keptAny[0] || System.nanoTime() - lastKept[0] >= checkpoint.every().toNanos())) {
                keptAny[0] = true;
                lastKept[0] = System.nanoTime();
                checkpoint.keep().accept(result(problem, event.getNewBestSolution(), impossible));
            }
        });
        started.accept(solver::terminateEarly);
        RotationSolution best = solver.solve(solution);
        // the search stops at its time limit, perhaps before the last round's matching: it is cheap, so once more
        Map<Candidate, SchoolPart> better = DestinationMatching.improve(best);
        if (!better.isEmpty()) {
            HardSoftLongScore found = best.score();
            Map<Candidate, SchoolPart> was = new HashMap<>();
            better.forEach((teacher, to) -> {
                was.put(teacher, teacher.destination());
                teacher.setDestination(to);
            });
            // the matching weighs each indicator alone: kept only when the school rule and the rest agree
            if (solutionManager.update(best).compareTo(found) < 0) {
                was.forEach(Candidate::setDestination);
                solutionManager.update(best);
            } else {
                progress.bestScore(best.score().toString(), (int) best.candidates().stream().filter(Candidate::moved).count());
            }
        }
        return result(problem, best, impossible);
    }

    private RotationPlan result(RotationProblem problem, RotationSolution best, List<BrokenRule> impossible) {
        Map<String, String> scoreByRule = new LinkedHashMap<>();
        List<BrokenRule> broken = new ArrayList<>(impossible);
        for (ConstraintMatchTotal<HardSoftLongScore> total : solutionManager.explain(best).getConstraintMatchTotalMap().values()) {
            String rule = total.getConstraintRef().constraintName();
            scoreByRule.put(rule, total.getScore().toString());
            long hard = -total.getScore().hardScore();
            if (hard > 0 && broken.stream().noneMatch(b -> b.rule().equals(rule))) {
                broken.add(new BrokenRule(rule, 0, 0, hard, "the plan breaks this rule by " + hard
                        + " (teachers or moves) / 方案未满足该规则"));
            }
        }
        List<Candidate> moved = best.candidates().stream().filter(Candidate::moved).toList();
        AssessmentEngine engine = new AssessmentEngine(AssessmentMethod.QUALITY_2017, problem.profile().stageWeights(),
                problem.profile());
        Map<String, String> names = Map.of(problem.countyCode(), problem.countyName());
        Assessment before = engine.assess(problem.year(), problem.schoolYears(), names, Map.of());
        List<Change> changes = moved.stream().<Change>map(c -> new Change.MoveTeachers(c.origin().school().code(),
                c.destination().school().code(), c.origin().stage(), 1, c.countsIn(TeacherIndicator.QUALIFIED),
                c.countsIn(TeacherIndicator.BACKBONE), c.countsIn(TeacherIndicator.PE_ART))).toList();
        Assessment after = engine.assess(problem.year(), WhatIf.apply(problem.schoolYears(), changes), names, Map.of());
        Set<String> madeCompliant = madeCompliant(before, after);
        List<PlannedMove> moves = moved.stream().map(c -> new PlannedMove(c.teacherId(), c.origin().school().code(),
                c.destination().school().code(), c.origin().stage().key(), c.subject().key(), reasons(c, best, madeCompliant, moved.size()),
                c.origin().school().name(), c.destination().school().name())).toList();
        Quotas quotas = quotas(best);
        return new RotationPlan(problem.countyCode(), problem.year(), best.score().isFeasible() && broken.isEmpty(),
                best.score().toString(), moves, quotas, broken, scoreByRule, before, after,
                PlanEffect.of(before, after, quotas, problem.year(), problem.profile(), standings(best)));
    }

    /**
     * By school-stage ("code/stage"), how far it is from compliance with the plan's teachers there, by the same needs
     * the planner plans with: the fewest teachers that would make it compliant, and whether indicators no move changes,
     * or the subject rule without slack, keep it from compliance whatever a rotation does.
     */
    private static Map<String, PlanEffect.Standing> standings(RotationSolution solution) {
        Map<SchoolPart, int[]> counted = new HashMap<>();
        for (Candidate c : solution.candidates()) {
            int[] counts = counted.computeIfAbsent(c.effectivePart(), p -> new int[TeacherIndicator.values().length]);
            for (TeacherIndicator indicator : TeacherIndicator.values()) {
                counts[indicator.ordinal()] += c.countsIn(indicator) ? 1 : 0;
            }
        }
        boolean everySubjectKept = solution.policy().subjectSlack() == 0;
        Map<String, PlanEffect.Standing> result = new HashMap<>();
        for (SchoolPart part : solution.parts()) {
            if (part.rule() == null || !part.assessed()) {
                continue;
            }
            String key = ProblemBuilder.key(part.school().code(), part.stage());
            if (!part.rule().reachable()) {
                result.put(key, new PlanEffect.Standing(null, PlanEffect.NotCompliant.OTHER_INDICATORS));
                continue;
            }
            int[] counts = counted.getOrDefault(part, new int[TeacherIndicator.values().length]);
            int fewest = part.teachersShort(counts[TeacherIndicator.QUALIFIED.ordinal()],
                    counts[TeacherIndicator.BACKBONE.ordinal()], counts[TeacherIndicator.PE_ART.ordinal()]);
            boolean beyondRotation = everySubjectKept && part.beyondRotationKeepingEverySubject();
            result.put(key, new PlanEffect.Standing(fewest, beyondRotation ? PlanEffect.NotCompliant.SUBJECT_RULE : null));
        }
        return result;
    }

    private static Quotas quotas(RotationSolution solution) {
        List<Candidate> all = solution.candidates();
        int rotated = (int) all.stream().filter(Candidate::moved).count();
        int backbone = (int) all.stream().filter(c -> c.moved() && c.backbone()).count();
        int local = (int) all.stream().filter(c -> c.moved() && c.localRule()).count();
        int localEligible = (int) all.stream().filter(Candidate::localRule).count();
        return new Quotas(all.size(), rotated, backbone, local, solution.policy().requiredRotated(),
                (int) solution.policy().requiredBackbone(rotated), localEligible, solution.policy().requiredLocal());
    }

    /** The school-stages ("code/stage") compliant after the plan and not before it. */
    private static Set<String> madeCompliant(Assessment before, Assessment after) {
        Set<String> was = new HashSet<>();
        before.schools().stream().filter(s -> Boolean.TRUE.equals(s.compliant()))
                .forEach(s -> was.add(s.schoolCode() + "/" + s.stage().key()));
        Set<String> made = new HashSet<>();
        after.schools().stream().filter(s -> Boolean.TRUE.equals(s.compliant()))
                .map(s -> s.schoolCode() + "/" + s.stage().key()).filter(k -> !was.contains(k)).forEach(made::add);
        return made;
    }

    /**
     * Why a move is in the plan, judged on the school-stages as they were before it; {@code school_rule} where
     * the plan makes the receiving school-stage compliant.
     */
    private static List<String> reasons(Candidate c, RotationSolution solution, Set<String> madeCompliant, long rotated) {
        List<String> reasons = new ArrayList<>();
        if (c.locked()) {
            reasons.add(MoveReason.LOCKED.key());
        }
        if (madeCompliant.contains(c.destination().school().code() + "/" + c.destination().stage().key())) {
            reasons.add(MoveReason.SCHOOL_RULE.key());
        }
        if (c.backbone()) {
            reasons.add(MoveReason.BACKBONE_SHARE.key());
        }
        if (c.localRule()) {
            reasons.add(MoveReason.LOCAL_RULE.key());
        }
        SchoolPart from = c.origin();
        SchoolPart to = c.destination();
        for (TeacherIndicator indicator : TeacherIndicator.values()) {
            if (!c.countsIn(indicator)) {
                continue;
            }
            if (to.belowStandard(indicator, to.candidatesBefore(indicator))) {
                reasons.add(MoveReason.belowStandard(indicator).key());
            } else if (to.per100(indicator, to.candidatesBefore(indicator))
                    < from.per100(indicator, from.candidatesBefore(indicator))) {
                reasons.add(MoveReason.COEFFICIENT.key());
            }
        }
        if (c.seekingSeniorWithoutRural() && to.school().rural()) {
            reasons.add(MoveReason.RURAL_SERVICE.key());
        }
        if (solution.pairs().contains(SchoolPair.of(from.school().code(), to.school().code()))) {
            reasons.add(MoveReason.PAIRED_SCHOOLS.key());
        }
        if (reasons.isEmpty() || reasons.equals(List.of(MoveReason.LOCKED.key()))) {
            // beyond the quota a move that serves nothing where it arrives is the return leg of a cycle that does
            reasons.add(rotated > solution.policy().requiredRotated() ? MoveReason.EXCHANGE.key() : MoveReason.QUOTA.key());
        }
        return reasons.stream().distinct().toList();
    }
}
