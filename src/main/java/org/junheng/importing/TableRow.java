package org.junheng.importing;

import java.util.List;

/** One row of a CSV or XLSX file as text; {@code number} is the spreadsheet row number (1-based). */
record TableRow(int number, List<String> cells) {

    String cell(int index) {
        return index < cells.size() ? cells.get(index) : null;
    }

    /** The cell as a {@link PlainNumber} where the row can read it without its text, else {@link PlainNumber#NONE}. */
    long plainNumber(int index) {
        return index < cells.size() && cells instanceof CsvRecords.Record record ? record.plainNumber(index) : PlainNumber.NONE;
    }

    boolean isBlank() {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell != null && !cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
