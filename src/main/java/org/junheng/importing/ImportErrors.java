package org.junheng.importing;

import java.util.ArrayList;
import java.util.List;

/** Collects the errors of one import, keeping the first {@link ImportReport#ERROR_CAP} and counting all. */
final class ImportErrors {

    private final ImportMessages messages;
    private final List<ImportError> listed = new ArrayList<>();
    private int count;

    ImportErrors(ImportMessages messages) {
        this.messages = messages;
    }

    void add(int row, String column, String header, int columnIndex, String code, Object... args) {
        count++;
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
