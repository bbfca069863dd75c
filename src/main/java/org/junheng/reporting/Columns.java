package org.junheng.reporting;

import java.util.List;

/**
 * Column widths of a report table, in percent of the page width, from the length of what the
 * columns hold (a number column stays narrow, a column of reasons gets the room), so neither writer
 * squeezes "未达到" into one character per line.
 */
final class Columns {

    private static final int LONGEST = 28;
    private static final int SHORTEST = 3;
    /** Room for a cell's padding, in Latin characters. */
    private static final int PADDING = 2;

    private Columns() {
    }

    static int[] widths(ReportDocument.Table table) {
        int columns = table.headers().size();
        double[] weight = new double[columns];
        for (int c = 0; c < columns; c++) {
            weight[c] = Math.max(SHORTEST, Math.min(LONGEST, longestWord(table.headers().get(c)))) + PADDING;
        }
        for (List<String> row : table.rows()) {
            for (int c = 0; c < columns && c < row.size(); c++) {
                if (row.get(c) != null) {
                    weight[c] = Math.max(weight[c], Math.min(LONGEST, width(row.get(c))) + PADDING);
                }
            }
        }
        double total = 0;
        for (double w : weight) {
            total += w;
        }
        int[] percent = new int[columns];
        int given = 0;
        for (int c = 0; c < columns; c++) {
            percent[c] = (int) Math.floor(100 * weight[c] / total);
            given += percent[c];
        }
        percent[widest(weight)] += 100 - given;
        return percent;
    }

    /** Display width: a Chinese character counts two, a Latin one one. */
    private static double width(String text) {
        double width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) > 0x2E80 ? 2 : 1;
        }
        return width;
    }

    private static double longestWord(String header) {
        double longest = 0;
        for (String part : header.split("[\\s(（]")) {
            longest = Math.max(longest, width(part));
        }
        return Math.min(longest, 12);
    }

    private static int widest(double[] weight) {
        int widest = 0;
        for (int c = 1; c < weight.length; c++) {
            if (weight[c] > weight[widest]) {
                widest = c;
            }
        }
        return widest;
    }
}
