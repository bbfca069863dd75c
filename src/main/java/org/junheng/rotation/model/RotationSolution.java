package org.junheng.rotation.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/** A county's rotation plan as the solver works on it: its schools, their stages, and who goes where. */
@PlanningSolution(solutionCloner = RotationSolutionCloner.class)
public class RotationSolution {

    @ProblemFactProperty
    private Policy policy;
    @ProblemFactCollectionProperty
    private List<RotationSchool> schools;
    @ProblemFactCollectionProperty
    private List<SchoolPart> parts;
    @ProblemFactCollectionProperty
    private List<SubjectSlot> subjectSlots;
    @ProblemFactCollectionProperty
    private List<SchoolPair> pairs;
    @PlanningEntityCollectionProperty
    private List<Candidate> candidates;
    @PlanningScore
    private HardSoftLongScore score;

    /** For the solver's cloning. */
    public RotationSolution() {
    }

    public RotationSolution(Policy policy, List<RotationSchool> schools, List<SchoolPart> parts,
                            List<SubjectSlot> subjectSlots, List<SchoolPair> pairs, List<Candidate> candidates) {
        this.policy = policy;
        this.schools = schools;
        this.parts = parts;
        this.subjectSlots = subjectSlots;
        this.pairs = pairs;
        this.candidates = candidates;
    }

    public Policy policy() {
        return policy;
    }

    public List<RotationSchool> schools() {
        return schools;
    }

    public List<SchoolPart> parts() {
        return parts;
    }

    public List<SchoolPair> pairs() {
        return pairs;
    }

    public List<Candidate> candidates() {
        return candidates;
    }

    public HardSoftLongScore score() {
        return score;
    }

    /** A copy whose candidates can be changed without touching these: the solver keeps its best plan so. */
    RotationSolution planningClone() {
        RotationSolution clone = new RotationSolution(policy, schools, parts, subjectSlots, pairs,
                candidates.stream().map(Candidate::planningClone).toList());
        clone.score = score;
        return clone;
    }

    /** The teachers free to move (not locked), by stage and subject ({@link Candidate#subjectOf}), in roster order. */
    public Map<List<Object>, List<Candidate>> movableBySubject() {
        return candidates().stream().filter(c -> !c.locked()).collect(Collectors.groupingBy(Candidate::subjectOf,
                LinkedHashMap::new, Collectors.toList()));
    }
}
