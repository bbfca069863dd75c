package org.junheng.importing;

import java.util.ArrayList;
import java.util.List;

/** Collects the errors of one import, keeping the first {@link ImportReport#ERROR_CAP} and counting all. */
final class ImportErrors {

    /** An error found in rows read ahead on another thread, kept until its row's turn comes. */
    private record Deferred(int row, String column, String header, int columnIndex, String code, Object[] args) {
    }

    private final ImportMessages messages;
    private final List<ImportError> listed = new ArrayList<>();
    private final List<Deferred> deferred;
    private int taken;
    private int count;

    ImportErrors(ImportMessages messages) {
        this(messages, false);
    }

    private ImportErrors(ImportMessages messages, boolean deferring) {
        this.messages = messages;
        this.deferred = deferring ? new ArrayList<>() : null;
    }

    /**
     * A collector for rows parsed ahead of their turn: it keeps their errors, unworded, for
     * {@link #takeRow} to add to the import's errors in row order, as if the rows had been read one by one.
     */
    ImportErrors deferring() {
        return new ImportErrors(messages, true);
    }

    /** Adds the errors {@code from} holds for {@code row}; rows must be taken in the order they were parsed. */
    void takeRow(ImportErrors from, int row) {
        while (from.taken < from.deferred.size() && from.deferred.get(from.taken).row() == row) {
            Deferred error = from.deferred.get(from.taken++);
            add(error.row(), error.column(), error.header(), error.columnIndex(), error.code(), error.args());
        }
    }

    void add(int row, String column, String header, int columnIndex, String code, Object... args) {
        count++;
        if (deferred != null) {
            deferred.add(new Deferred(row, column, header, columnIndex, code, args));
            return;
        }
        if (listed.size() < ImportReport.ERROR_CAP) {
            String cell = row > 0 && columnIndex >= 0 ? columnLetters(columnIndex) + row : null;
            listed.add(new ImportError(row, column, header, cell, code, messages.format(code, args)));
        }
    }

    void addForFile(String code, Object... args) {
        add(0, null, null, -1, code, args);
    }

    int count() {
        return count;
    }

    boolean any() {
        return count > 0;
    }

    List<ImportError> listed() {
        return List.copyOf(listed);
    }

    ImportMessages messages() {
        return messages;
    }

    static String columnLetters(int index) {
        StringBuilder letters = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            letters.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return letters.toString();
    }
}
