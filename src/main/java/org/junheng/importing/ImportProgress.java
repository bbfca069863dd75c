package org.junheng.importing;

/** Told how many data rows have been read so far, every few thousand rows and at the end. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = rows -> { };

    void rowsRead(long rows);
}
