package org.junheng.rotation.model.timefold;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;
import org.junheng.rotation.model.Candidate;
import org.junheng.rotation.model.Destinations;
import org.junheng.rotation.model.RotationSolution;
import org.junheng.rotation.model.SchoolPart;

/**
 * Several teachers given new destinations at once (null: stays), for changes that keep the number
 * of moves, every school's headcount and every subject only when made together — one teacher taking
 * another's place in a move, or one exchange given up for another.
 */
public final class ReassignMove extends AbstractMove<RotationSolution> {

    private final String kind;
    private final List<Candidate> candidates;
    private final List<SchoolPart> destinations;

    /** @param kind what the move does, for its description */
    public ReassignMove(String kind, List<Candidate> candidates, List<SchoolPart> destinations) {
        this.kind = kind;
        this.candidates = List.copyOf(candidates);
        this.destinations = new ArrayList<>(destinations);
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<RotationSolution> scoreDirector) {
        boolean changes = false;
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            SchoolPart to = destinations.get(i);
            if (candidate.locked() || (to != null && !candidate.opensTo(to))) {
                return false;
            }
            changes |= candidate.destination() != to;
        }
        return changes;
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<RotationSolution> scoreDirector) {
        for (int i = 0; i < candidates.size(); i++) {
            Destinations.change(scoreDirector, candidates.get(i), destinations.get(i));
        }
    }

    @Override
    public ReassignMove rebase(ScoreDirector<RotationSolution> destinationScoreDirector) {
        return new ReassignMove(kind, candidates.stream().map(destinationScoreDirector::lookUpWorkingObject).toList(),
                destinations.stream().map(d -> d == null ? null : destinationScoreDirector.lookUpWorkingObject(d)).toList());
    }

    @Override
    public List<Candidate> getPlanningEntities() {
        return candidates;
    }

    @Override
    public List<SchoolPart> getPlanningValues() {
        return destinations.stream().filter(Objects::nonNull).toList();
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            parts.add(candidates.get(i).teacherId() + " → " + (destinations.get(i) == null ? "stays" : destinations.get(i)));
        }
        return kind + " " + parts;
    }
}
