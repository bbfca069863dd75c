package org.junheng.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes an empty template: a header row of English keys and a second of Chinese headers (the
 * importer accepts either and skips the repeated one). The XLSX form explains every column in a
 * cell comment and on a second sheet, in Chinese and English.
 */
public final class TemplateWriter {

    private TemplateWriter() {
    }

    public static void writeXlsx(ImportType type, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Junheng", "1.0");
        Worksheet data = workbook.newWorksheet(type.key());
        List<Column> columns = type.columns();
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            data.value(0, c, column.key());
            data.value(1, c, column.chineseHeader());
            data.comment(1, c, column.meaningZh() + "\n" + column.meaningEn() + "\n"
                    + (column.required() ? "必填 required" : "选填 optional"));
            data.width(c, Math.max(14, Math.min(40, column.chineseHeader().length() * 2.2)));
        }
        data.range(0, 0, 1, columns.size() - 1).style().bold().fillColor("DDEBF7").set();
        data.freezePane(0, 2);

        Worksheet help = workbook.newWorksheet("说明 Instructions");
        String[] headings = {"列 key", "中文表头", "必填 required", "说明", "Meaning"};
        for (int c = 0; c < headings.length; c++) {
            help.value(0, c, headings[c]);
        }
        help.range(0, 0, 0, headings.length - 1).style().bold().fillColor("DDEBF7").set();
        for (int r = 0; r < columns.size(); r++) {
            Column column = columns.get(r);
            help.value(r + 1, 0, column.key());
            help.value(r + 1, 1, column.chineseHeader());
            help.value(r + 1, 2, column.required() ? "是 yes" : "否 no");
            help.value(r + 1, 3, column.meaningZh());
            help.value(r + 1, 4, column.meaningEn());
        }
        help.width(0, 28);
        help.width(1, 36);
        help.width(3, 60);
        help.width(4, 60);
        help.value(columns.size() + 2, 0, "第 1 行为英文列名，第 2 行为中文表头；数据从第 3 行填起。两行表头可只保留一行。");
        help.value(columns.size() + 3, 0, "Row 1 holds the English keys, row 2 the Chinese headers; data starts on row 3. "
                + "Either header row may be deleted.");
        workbook.finish();
    }

    public static void writeCsv(ImportType type, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF'); // so that Excel opens the file as UTF-8
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        printer.printRecord(type.columns().stream().map(Column::key).toList());
        printer.printRecord(type.columns().stream().map(Column::chineseHeader).toList());
        printer.flush();
    }
}
