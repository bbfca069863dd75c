package org.junheng.rotation.model.search;

import java.util.Arrays;

/**
 * The cheapest assignment of n rows to n columns (the Hungarian method with potentials, O(n³)): row
 * by row, the shortest augmenting path in reduced costs, which stay non-negative by the potentials.
 */
final class Assignment {

    private Assignment() {
    }

    /**
     * @param cost cost[i][j] of giving row i column j (a square matrix; an impossible pairing costs
     *             far more than any possible assignment, but little enough that n of them do not overflow)
     * @return the column given to each row
     */
    static int[] cheapest(long[][] cost) {
        int n = cost.length;
        // 1-based: column 0 and row 0 are the start of each augmenting path
        long[] rowPotential = new long[n + 1];
        long[] columnPotential = new long[n + 1];
        int[] rowOfColumn = new int[n + 1];
        int[] previous = new int[n + 1];
        long[] slack = new long[n + 1];
        boolean[] reached = new boolean[n + 1];
        for (int row = 1; row <= n; row++) {
            rowOfColumn[0] = row;
            int column = 0;
            Arrays.fill(slack, Long.MAX_VALUE);
            Arrays.fill(reached, false);
            do {
                reached[column] = true;
                int from = rowOfColumn[column];
                long delta = Long.MAX_VALUE;
                int next = 0;
                for (int j = 1; j <= n; j++) {
                    if (!reached[j]) {
                        long reduced = cost[from - 1][j - 1] - rowPotential[from] - columnPotential[j];
                        if (reduced < slack[j]) {
                            slack[j] = reduced;
                            previous[j] = column;
                        }
                        if (slack[j] < delta) {
                            delta = slack[j];
                            next = j;
                        }
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (reached[j]) {
                        rowPotential[rowOfColumn[j]] += delta;
                        columnPotential[j] -= delta;
                    } else {
                        slack[j] -= delta;
                    }
                }
                column = next;
            } while (rowOfColumn[column] != 0);
            do {
                int before = previous[column];
                rowOfColumn[column] = rowOfColumn[before];
                column = before;
            } while (column != 0);
        }
        int[] columnOf = new int[n];
        for (int j = 1; j <= n; j++) {
            columnOf[rowOfColumn[j] - 1] = j - 1;
        }
        return columnOf;
    }
}
