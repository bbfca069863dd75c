package org.junheng.rotation.model.score;

import java.util.HashSet;
import java.util.Set;

import org.junheng.rotation.model.Candidate;
import org.junheng.rotation.model.RotationSolution;
import org.junheng.rotation.model.SchoolPair;
import org.junheng.rotation.model.SchoolPart;
import org.junheng.rotation.model.Weights;

import static org.junheng.rotation.model.score.RotationConstraints.thousandths;

/**
 * What a single move costs in the soft score, in thousandths of a point, apart from what it does to
 * the teacher indicators: the move itself, its kilometres, less the rewards of a paired school and of
 * a rural school for a teacher who needs one — rounded exactly as {@link RotationConstraints} rounds them.
 */
public final class MoveCosts {

    private final Weights weights;
    private final Set<SchoolPair> pairs;

    public MoveCosts(RotationSolution solution) {
        this.weights = solution.policy().weights();
        this.pairs = new HashSet<>(solution.pairs());
    }

    /** The cost of sending the teacher to the school-stage (0 when it is the teacher's own: no move). */
    public long of(Candidate c, SchoolPart to) {
        if (to == null || to == c.origin()) {
            return 0;
        }
        return thousandths(weights.move())
                + thousandths(weights.distance() * c.origin().school().distanceKmOrZero(to.school()))
                - (pairs.contains(SchoolPair.of(c.origin().school().code(), to.school().code()))
                        ? thousandths(weights.pairedSchools()) : 0)
                - (c.seekingSeniorWithoutRural() && to.school().rural() ? thousandths(weights.seniorTitleRural()) : 0);
    }
}
