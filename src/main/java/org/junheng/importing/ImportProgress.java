package org.junheng.importing;

/**
 * Told how many data rows have been read so far, every few thousand rows and at the end; and, inside
 * the import's transaction, that its rows are about to be committed.
 */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = rows -> { };

    void rowsRead(long rows);

    /**
     * Called in the import's transaction once every row is checked and stored, before it commits:
     * what is written here through the application's data source commits with the rows, or not at all.
     */
    default void storing(long rowsStored) {
    }
}
