package org.junheng.rotation.model.timefold;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import org.junheng.rotation.model.Candidate;
import org.junheng.rotation.model.RotationSolution;

/**
 * Picks exchanges at random: a teacher, then another of the same stage and subject (a teacher whose
 * move is locked only as the first, whose place the second then fills).
 */
public final class ExchangeMoveFactory implements MoveIteratorFactory<RotationSolution, ExchangeMove> {

    /** Of this many teachers drawn, the nearest is exchanged with: long moves cost, so near exchanges are tried more. */
    private static final int DRAWS = 3;

    private List<Candidate> groupedFor;
    private List<List<Candidate>> groups;

    /** The teachers by stage and subject; who they are does not change during a search, so they are grouped once. */
    private List<List<Candidate>> groups(ScoreDirector<RotationSolution> scoreDirector) {
        List<Candidate> candidates = scoreDirector.getWorkingSolution().candidates();
        if (candidates != groupedFor) {
            groups = candidates.stream().collect(Collectors.groupingBy(c -> List.of(c.origin().stage(), c.subject()),
                            LinkedHashMap::new, Collectors.toList()))
                    .values().stream().filter(g -> g.size() > 1).toList();
            groupedFor = candidates;
        }
        return groups;
    }

    @Override
    public long getSize(ScoreDirector<RotationSolution> scoreDirector) {
        return groups(scoreDirector).stream().mapToLong(g -> (long) g.size() * (g.size() - 1) / 2).sum();
    }

    @Override
    public Iterator<ExchangeMove> createOriginalMoveIterator(ScoreDirector<RotationSolution> scoreDirector) {
        List<ExchangeMove> moves = new ArrayList<>();
        for (List<Candidate> group : groups(scoreDirector)) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    Candidate first = group.get(i);
                    Candidate second = group.get(j);
                    moves.add(second.locked() ? new ExchangeMove(second, first) : new ExchangeMove(first, second));
                }
            }
        }
        return Collections.unmodifiableList(moves).iterator();
    }

    @Override
    public Iterator<ExchangeMove> createRandomMoveIterator(ScoreDirector<RotationSolution> scoreDirector, Random random) {
        List<List<Candidate>> groups = groups(scoreDirector);
        int[] cumulative = new int[groups.size()];
        int total = 0;
        for (int i = 0; i < groups.size(); i++) {
            total += groups.get(i).size();
            cumulative[i] = total;
        }
        int size = total;
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return size > 0;
            }

            @Override
            public ExchangeMove next() {
                int pick = random.nextInt(size);
                int g = 0;
                while (cumulative[g] <= pick) {
                    g++;
                }
                List<Candidate> group = groups.get(g);
                int i = random.nextInt(group.size());
                Candidate first = group.get(i);
                Candidate second = null;
                double nearest = Double.MAX_VALUE;
                for (int draw = 0; draw < DRAWS; draw++) {
                    int j = random.nextInt(group.size() - 1);
                    Candidate drawn = group.get(j >= i ? j + 1 : j);
                    double d = first.effectivePart().school().distanceKmOrZero(drawn.effectivePart().school());
                    if (d < nearest) {
                        nearest = d;
                        second = drawn;
                    }
                }
                return second.locked() && !first.locked() ? new ExchangeMove(second, first) : new ExchangeMove(first, second);
            }
        };
    }
}
