package org.junheng.importing;

import java.util.List;

/** One row of a CSV or XLSX file as text; {@code number} is the spreadsheet row number (1-based). */
record TableRow(int number, List<String> cells) {

    String cell(int index) {
        return index < cells.size() ? cells.get(index) : null;
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
