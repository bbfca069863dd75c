package org.junheng.importing;

import java.util.List;

/**
 * What one template does with its rows: parse each row on its own, check a batch against the rest
 * of the file and the registry, and store a batch while the file is still free of errors. Other
 * modules provide templates for their records through {@link ContributedImport}.
 */
public interface TemplateImport<T> {

    /** The row's value, or null when the row has errors (recorded through {@code cells}). */
    T parse(RowValues cells);

    /**
     * Whether {@link #parse} reads nothing but its row and keeps nothing between rows that changes what a row
     * parses to, so that rows may be parsed on several threads at once, and while earlier rows are checked and
     * stored (their errors are still reported in row order).
     */
    default boolean parsesRowsIndependently() {
        return false;
    }

    /** Checks that need other rows or stored data; records errors through each row's cells. */
    void check(List<ParsedRow<T>> batch);

    void store(List<T> batch);

    /** Called once after the last batch of a file free of errors was stored, in the same transaction. */
    default void finish() {
    }
}
