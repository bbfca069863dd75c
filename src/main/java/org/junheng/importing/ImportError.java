package org.junheng.importing;

/**
 * One problem found in an import file. {@code row} is the spreadsheet row (the header is row 1);
 * {@code column} is the template key, {@code header} the heading as written in the file and
 * {@code cell} its A1 address. Row 0 or a null column means the problem concerns the whole file or row.
 */
public record ImportError(int row, String column, String header, String cell, String code, String message) {
}
