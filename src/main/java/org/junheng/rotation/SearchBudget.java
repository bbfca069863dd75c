package org.junheng.rotation;

import java.time.Duration;

/**
 * How long a plan is searched for: a time limit, or — for a plan an auditor must be able to make again —
 * a number of steps. Under a step budget the search does the same work on any machine, so the same
 * inputs, rules and seed give the same plan, byte for byte: each descent between the exact steps ends
 * after {@link #DESCENT_STEPS} steps (or {@link #DESCENT_UNIMPROVED_STEPS} without a better plan), and the
 * closing search makes {@code steps} kicks across subjects and then {@code steps} local-search steps.
 *
 * @param timeLimit the time limit; null under a step budget
 * @param steps     the step budget; 0 under a time limit
 * @param seed      the seed of every random choice of the search
 */
public record SearchBudget(Duration timeLimit, int steps, long seed) {

    static final int DESCENT_STEPS = 400;
    static final int DESCENT_UNIMPROVED_STEPS = 100;

    public SearchBudget {
        if ((timeLimit == null) == (steps <= 0)) {
            throw new IllegalArgumentException("a time limit or a number of steps, one of the two");
        }
    }

    public static SearchBudget time(Duration limit) {
        return new SearchBudget(limit, 0, 0);
    }

    public static SearchBudget time(Duration limit, long seed) {
        return new SearchBudget(limit, 0, seed);
    }

    public static SearchBudget steps(int steps, long seed) {
        return new SearchBudget(null, steps, seed);
    }

    public boolean bySteps() {
        return steps > 0;
    }

    @Override
    public String toString() {
        return bySteps() ? steps + " steps, seed " + seed : timeLimit.toString();
    }
}
