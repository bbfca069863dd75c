package org.junheng.reporting;

/** Text for exported cells: a leading = + - or @ is escaped so that no spreadsheet runs it as a formula. */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' ? "'" + text : text;
    }
}
