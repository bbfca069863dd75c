package org.junheng.importing;

import java.util.List;

/**
 * The outcome of an import: either every row was stored ({@code stored}) or none was, and
 * {@code errors} says why (at most {@link #ERROR_CAP} listed; {@code errorCount} counts them all).
 */
public record ImportReport(String type, String fileName, boolean stored, long rowsRead, long rowsStored,
                           int errorCount, List<ImportError> errors, long millis) {

    public static final int ERROR_CAP = 1000;

    public boolean errorsTruncated() {
        return errorCount > errors.size();
    }
}
