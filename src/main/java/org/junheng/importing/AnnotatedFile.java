package org.junheng.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The file of a refused import, with what is wrong beside each row: every row as it was read, and a
 * last column naming each error of the row (the column's heading and the message). Errors of the file
 * as a whole stand beside the header. Written as CSV in UTF-8 with a byte-order mark, which Excel
 * opens with its Chinese intact; the rows can be corrected in it and the column deleted before the
 * file is imported again.
 */
public final class AnnotatedFile {

    private AnnotatedFile() {
    }

    /**
     * @param original the file as uploaded (CSV in UTF-8 or GBK, or XLSX)
     * @param heading  the heading of the added column, in the reader's language
     */
    public static void write(InputStream original, String fileName, ImportReport report, String heading,
                             OutputStream out) throws IOException {
        Map<Integer, List<String>> byRow = new TreeMap<>();
        for (ImportError error : report.errors()) {
            String where = error.header() != null ? error.header() + "：" : "";
            byRow.computeIfAbsent(Math.max(error.row(), 1), r -> new ArrayList<>()).add(where + error.message());
        }
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        boolean header = true;
        try (TableReader rows = TableReader.open(original, fileName)) {
            while (rows.hasNext()) {
                TableRow row = rows.next();
                List<String> cells = new ArrayList<>(row.cells());
                cells.add(header ? heading + joined(byRow.get(row.number()), "（", "）")
                        : joined(byRow.get(row.number()), "", ""));
                printer.printRecord(cells);
                header = false;
            }
        } catch (TableReader.UnsupportedFileException | TableReadException e) {
            // a file that cannot be read (on): what was read stands, the reason beside its header
            if (header) {
                printer.printRecord(heading + joined(byRow.get(1), "（", "）"));
            }
        }
        printer.flush();
    }

    private static String joined(List<String> messages, String before, String after) {
        return messages == null ? "" : before + String.join("；", messages) + after;
    }
}
