package org.junheng.rotation.model.timefold;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import org.junheng.rotation.model.Candidate;
import org.junheng.rotation.model.RotationSolution;
import org.junheng.rotation.model.SchoolPart;

/**
 * Changes to the moves already in the plan: once the rotation quota is met, a cheaper plan is seldom
 * a single step away, because giving up a move breaks the quota until another is made, and moves
 * chain (A → B, B → C, C → A) so that no single change can shorten a chain. Three kinds, at random:
 * <ul>
 *   <li>two teachers of the same school-stage and subject trade destinations (one may be staying), so
 *       another teacher makes the move — a backbone teacher, one who needs rural service;</li>
 *   <li>an exchange of two teachers is given up and two others of a subject, at two other schools,
 *       exchange instead;</li>
 *   <li>a chain is shortened: a teacher goes straight on to where a teacher of its subject leaving its
 *       destination was going, and that teacher stays.</li>
 * </ul>
 */
public final class QuotaNeutralMoveFactory implements MoveIteratorFactory<RotationSolution, ReassignMove> {

    private static final int TRIES = 20;
    private static final int DRAWS = 3;

    private List<Candidate> groupedFor;
    private Map<List<Object>, List<Candidate>> colleagues;
    private List<List<Candidate>> subjects;

    @Override
    public long getSize(ScoreDirector<RotationSolution> scoreDirector) {
        long n = scoreDirector.getWorkingSolution().candidates().size();
        return n * n;
    }

    @Override
    public Iterator<ReassignMove> createOriginalMoveIterator(ScoreDirector<RotationSolution> scoreDirector) {
        throw new UnsupportedOperationException("quota-neutral moves are only picked at random");
    }

    @Override
    public Iterator<ReassignMove> createRandomMoveIterator(ScoreDirector<RotationSolution> scoreDirector, Random random) {
        List<Candidate> all = scoreDirector.getWorkingSolution().candidates();
        if (all != groupedFor) {
            colleagues = all.stream().collect(Collectors.groupingBy(c -> List.of(c.origin(), c.subject())));
            subjects = new ArrayList<>(all.stream().collect(Collectors.groupingBy(c -> List.of(c.origin().stage(), c.subject()),
                    LinkedHashMap::new, Collectors.toList())).values());
            groupedFor = all;
        }
        List<Candidate> moved = all.stream().filter(c -> c.moved() && !c.locked()).toList();
        Map<List<Object>, List<Candidate>> movedFrom = moved.stream()
                .collect(Collectors.groupingBy(c -> List.of(c.origin(), c.subject())));
        Map<List<Object>, List<Candidate>> movedOfSubject = moved.stream()
                .collect(Collectors.groupingBy(Candidate::subjectOf));
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !moved.isEmpty();
            }

            @Override
            public ReassignMove next() {
                if (moved.isEmpty()) {
                    throw new NoSuchElementException();
                }
                Candidate mover = moved.get(random.nextInt(moved.size()));
                int kind = random.nextInt(4);
                ReassignMove move = kind == 0 ? otherExchange(mover) : kind == 1 ? bypass(mover)
                        : kind == 2 ? swapDestinations(mover) : null;
                if (move != null) {
                    return move;
                }
                List<Candidate> group = colleagues.get(List.of(mover.origin(), mover.subject()));
                Candidate other = group.get(random.nextInt(group.size()));
                return new ReassignMove("trade", List.of(mover, other), Arrays.asList(other.destination(), mover.destination()));
            }

            /**
             * The mover goes straight to where a teacher of its subject leaving its destination goes, and
             * that teacher stays — one move fewer (both stay when that teacher was coming to the mover's school).
             */
            private ReassignMove bypass(Candidate mover) {
                List<Candidate> leaving = movedFrom.get(List.of(mover.destination(), mover.subject()));
                if (leaving == null) {
                    return null;
                }
                Candidate next = leaving.get(random.nextInt(leaving.size()));
                SchoolPart to = next.destination().school() == mover.origin().school() ? null : next.destination();
                return new ReassignMove("bypass", List.of(mover, next), Arrays.asList(to, null));
            }

            /**
             * The mover and another teacher of its subject moving elsewhere swap destinations, the nearer of
             * a few drawn: two chains of moves re-joined.
             */
            private ReassignMove swapDestinations(Candidate mover) {
                List<Candidate> group = movedOfSubject.get(Candidate.subjectOf(mover));
                Candidate best = null;
                double shortest = Double.MAX_VALUE;
                for (int draw = 0; draw < DRAWS; draw++) {
                    Candidate other = group.get(random.nextInt(group.size()));
                    if (other.destination() == mover.destination() || !mover.opensTo(other.destination())
                            || !other.opensTo(mover.destination())) {
                        continue;
                    }
                    double km = mover.origin().school().distanceKmOrZero(other.destination().school())
                            + other.origin().school().distanceKmOrZero(mover.destination().school());
                    if (km < shortest) {
                        shortest = km;
                        best = other;
                    }
                }
                return best == null ? null : new ReassignMove("swap", List.of(mover, best),
                        Arrays.asList(best.destination(), mover.destination()));
            }

            /** The mover's exchange partner and it stay; two teachers elsewhere exchange instead. */
            private ReassignMove otherExchange(Candidate mover) {
                Candidate partner = null;
                for (Candidate c : moved) {
                    if (c.origin() == mover.destination() && c.destination() == mover.origin() && c.subject() == mover.subject()) {
                        partner = c;
                        break;
                    }
                }
                if (partner == null) {
                    return null;
                }
                for (int i = 0; i < TRIES; i++) {
                    List<Candidate> group = subjects.get(random.nextInt(subjects.size()));
                    Candidate a = group.get(random.nextInt(group.size()));
                    Candidate b = group.get(random.nextInt(group.size()));
                    if (!a.moved() && !b.moved() && a.origin().school() != b.origin().school()) {
                        return new ReassignMove("exchange instead", List.of(mover, partner, a, b),
                                Arrays.asList(null, null, b.origin(), a.origin()));
                    }
                }
                return null;
            }
        };
    }
}
