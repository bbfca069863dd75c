package org.junheng.rotation.model.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junheng.registry.Stage;
import org.junheng.registry.Subject;
import org.junheng.rotation.model.Candidate;
import org.junheng.rotation.model.Policy;
import org.junheng.rotation.model.RotationSolution;
import org.junheng.rotation.model.SchoolPart;
import org.junheng.rotation.model.TeacherIndicator;
import org.junheng.rotation.model.score.MoveCosts;

/**
 * Deals out again the places that teachers who move alike go to (去向重新匹配). Teachers of a stage
 * alike in everything the counts see — subject, qualified, backbone, PE/arts — can take each other's
 * destinations without changing any school-stage's headcount, subjects or teacher indicators, so who
 * of them goes where is an assignment problem in the cost of the moves alone: the move itself, its
 * kilometres, a paired school, a rural school for a teacher who needs one. It is solved exactly, kind
 * by kind. A teacher may also take a place at their own school-stage — they stay, and a move is saved
 * — while the rotation quota leaves room (backbone and local-rule teachers, whom the other quotas count,
 * always keep moving).
 *
 * <p>The local search changes one or two teachers at a time; a better way of sending a whole kind of
 * teacher around the county (a chain instead of two exchanges, say) is many changes away from it but
 * one step away here.
 */
public final class DestinationMatching {

    /** What a teacher is to the counts: two teachers of the same kind may trade destinations. */
    private record Kind(Stage stage, Subject subject, boolean qualified, boolean backbone, boolean peArt) {

        static Kind of(Candidate c) {
            return new Kind(c.origin().stage(), c.subject(), c.countsIn(TeacherIndicator.QUALIFIED),
                    c.countsIn(TeacherIndicator.BACKBONE), c.countsIn(TeacherIndicator.PE_ART));
        }
    }

    private static final long CLOSED = 1L << 40;
    private static final long MOST_A_KIND_COSTS = 1L << 30;

    private final Policy policy;
    private final MoveCosts costs;
    private final List<List<Candidate>> kinds;
    private final int stayBudget;

    private DestinationMatching(RotationSolution solution) {
        this.policy = solution.policy();
        this.costs = new MoveCosts(solution);
        Map<Kind, List<Candidate>> byKind = new LinkedHashMap<>();
        int rotated = 0;
        for (Candidate c : solution.candidates()) {
            if (c.moved()) {
                rotated++;
                if (!c.locked()) {
                    byKind.computeIfAbsent(Kind.of(c), k -> new ArrayList<>()).add(c);
                }
            }
        }
        this.kinds = byKind.values().stream().filter(movers -> movers.size() > 1).toList();
        this.stayBudget = Math.max(0, rotated - policy.requiredRotated());
    }

    /**
     * The cheapest way of dealing out the destinations of the plan's moving teachers: each teacher
     * whose destination changes, with the new one (null: the teacher stays). Empty when the plan's
     * dealing is already the cheapest.
     */
    public static Map<Candidate, SchoolPart> improve(RotationSolution solution) {
        return new DestinationMatching(solution).improve();
    }

    private Map<Candidate, SchoolPart> improve() {
        Map<Candidate, SchoolPart> dealt = deal(stayBudget > 0 ? 0 : -1);
        if (stays(dealt) > stayBudget) {
            // a stay priced at λ: the cheapest λ at which no more teachers stay than the quota allows (a stay
            // dearer than all a kind's moves together is never worth it)
            long low = 0;
            long high = MOST_A_KIND_COSTS;
            Map<Candidate, SchoolPart> fits = deal(-1);
            while (high - low > 1) {
                long price = low + (high - low) / 2;
                Map<Candidate, SchoolPart> tried = deal(price);
                if (stays(tried) > stayBudget) {
                    low = price;
                } else {
                    high = price;
                    fits = tried;
                }
            }
            dealt = fits;
        }
        dealt.entrySet().removeIf(e -> e.getKey().destination() == e.getValue());
        return dealt;
    }

    private static long stays(Map<Candidate, SchoolPart> dealt) {
        return dealt.values().stream().filter(v -> v == null).count();
    }

    /** Every kind dealt out with a stay costing {@code stayPrice} (negative: no stays). */
    private Map<Candidate, SchoolPart> deal(long stayPrice) {
        Map<Candidate, SchoolPart> dealt = new HashMap<>();
        for (List<Candidate> movers : kinds) {
            List<SchoolPart> places = movers.stream().map(Candidate::destination).toList();
            int n = movers.size();
            long[][] cost = new long[n][n];
            for (int i = 0; i < n; i++) {
                Candidate c = movers.get(i);
                for (int j = 0; j < n; j++) {
                    cost[i][j] = cost(c, places.get(j), stayPrice);
                }
            }
            int[] placeOf = Assignment.cheapest(cost);
            long was = 0;
            long now = 0;
            for (int i = 0; i < n; i++) {
                was += costs.of(movers.get(i), places.get(i));
                now += costs.of(movers.get(i), places.get(placeOf[i]));
            }
            for (int i = 0; i < n; i++) {
                SchoolPart place = now < was ? places.get(placeOf[i]) : places.get(i);
                dealt.put(movers.get(i), place == movers.get(i).origin() ? null : place);
            }
        }
        return dealt;
    }

    private long cost(Candidate c, SchoolPart to, long stayPrice) {
        if (to == c.origin()) {
            return stayPrice >= 0 && !c.backbone() && !c.localRule() ? stayPrice : CLOSED;
        }
        if (!c.opensTo(to) || c.forbids(to)) {
            return CLOSED;
        }
        return costs.of(c, to);
    }
}
