package org.junheng.rotation.model.timefold;

import java.util.List;
import java.util.Objects;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;
import org.junheng.rotation.model.Candidate;
import org.junheng.rotation.model.Destinations;
import org.junheng.rotation.model.RotationSolution;
import org.junheng.rotation.model.SchoolPart;

/**
 * Two teachers of the same stage and subject at different schools take each other's place — the
 * exchange 对调 that keeps both schools' headcounts and subjects, which no single change can reach
 * without first breaking a rule. When the first teacher's move is locked, the second fills the place
 * it leaves instead.
 */
public final class ExchangeMove extends AbstractMove<RotationSolution> {

    private final Candidate first;
    private final Candidate second;
    private final SchoolPart firstTo;
    private final SchoolPart secondTo;

    public ExchangeMove(Candidate first, Candidate second) {
        this.first = first;
        this.second = second;
        this.firstTo = first.locked() ? first.destination() : destinationFor(first, second.effectivePart());
        this.secondTo = destinationFor(second, first.locked() ? first.origin() : first.effectivePart());
    }

    /** Going to a school-stage: to its own, that is staying. */
    private static SchoolPart destinationFor(Candidate candidate, SchoolPart part) {
        return part == candidate.origin() ? null : part;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<RotationSolution> scoreDirector) {
        return !second.locked()
                && (first.locked() ? secondTo != second.destination()
                        : first.effectivePart().school() != second.effectivePart().school())
                && (firstTo == null || first.opensTo(firstTo))
                && (secondTo == null || second.opensTo(secondTo));
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<RotationSolution> scoreDirector) {
        if (!first.locked()) {
            Destinations.change(scoreDirector, first, firstTo);
        }
        Destinations.change(scoreDirector, second, secondTo);
    }

    @Override
    public ExchangeMove rebase(ScoreDirector<RotationSolution> destinationScoreDirector) {
        return new ExchangeMove(destinationScoreDirector.lookUpWorkingObject(first),
                destinationScoreDirector.lookUpWorkingObject(second));
    }

    @Override
    public List<Candidate> getPlanningEntities() {
        return first.locked() ? List.of(second) : List.of(first, second);
    }

    @Override
    public List<SchoolPart> getPlanningValues() {
        return java.util.stream.Stream.of(firstTo, secondTo).filter(Objects::nonNull).toList();
    }

    @Override
    public String toString() {
        return first.teacherId() + " ⇄ " + second.teacherId();
    }
}
