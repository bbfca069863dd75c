package org.junheng.rotation.model.search;

import java.util.Arrays;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/** The Hungarian method gives each row its own column, at the least total cost there is. */
class AssignmentProperties {

    @Provide
    Arbitrary<long[][]> squareCosts() {
        return Arbitraries.integers().between(1, 7).flatMap(n -> Arbitraries.longs().between(-50, 1000)
                .array(long[].class).ofSize(n).array(long[][].class).ofSize(n));
    }

    @Property
    void everyRowGetsADifferentColumn(@ForAll("squareCosts") long[][] cost) {
        int[] columnOf = Assignment.cheapest(cost);

        assertThat(Arrays.stream(columnOf).distinct().count()).isEqualTo(cost.length);
        assertThat(Arrays.stream(columnOf).allMatch(j -> j >= 0 && j < cost.length)).isTrue();
    }

    @Property
    void noOtherAssignmentCostsLess(@ForAll("squareCosts") long[][] cost) {
        int[] columnOf = Assignment.cheapest(cost);

        assertThat(total(cost, columnOf)).isEqualTo(cheapestByTryingAll(cost, new int[cost.length], 0, new boolean[cost.length]));
    }

    private static long total(long[][] cost, int[] columnOf) {
        long total = 0;
        for (int i = 0; i < cost.length; i++) {
            total += cost[i][columnOf[i]];
        }
        return total;
    }

    private static long cheapestByTryingAll(long[][] cost, int[] columnOf, int row, boolean[] taken) {
        if (row == cost.length) {
            return total(cost, columnOf);
        }
        long best = Long.MAX_VALUE;
        for (int j = 0; j < cost.length; j++) {
            if (!taken[j]) {
                taken[j] = true;
                columnOf[row] = j;
                best = Math.min(best, cheapestByTryingAll(cost, columnOf, row + 1, taken));
                taken[j] = false;
            }
        }
        return best;
    }
}
