package org.junheng.importing;

/** A data row that passed its own checks, with its row number for errors found later. */
public record ParsedRow<T>(int rowNumber, RowValues cells, T value) {
}
