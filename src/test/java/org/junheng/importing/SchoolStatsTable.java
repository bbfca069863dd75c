package org.junheng.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Builds small {@code school-stats} files for tests, as CSV or XLSX, from valid rows changed one cell at a time. */
final class SchoolStatsTable {

    private final List<String> headings;
    private final List<Map<String, String>> rows = new ArrayList<>();

    private SchoolStatsTable(List<String> headings) {
        this.headings = new ArrayList<>(headings);
    }

    static SchoolStatsTable withKeys() {
        return new SchoolStatsTable(ImportType.SCHOOL_STATS.columns().stream().map(Column::key).toList());
    }

    static SchoolStatsTable withChineseHeaders() {
        return new SchoolStatsTable(ImportType.SCHOOL_STATS.columns().stream().map(Column::chineseHeader).toList());
    }

    SchoolStatsTable withExtraColumn(String heading) {
        headings.add(heading);
        return this;
    }

    /** A primary school of 600 pupils in 15 classes with 36 teachers that breaks no rule. */
    static Map<String, String> validPrimarySchool(String countyCode, int number, int year) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("year", String.valueOf(year));
        row.put("county_code", countyCode);
        row.put("county_name", "测试县" + countyCode);
        row.put("school_code", String.format("2%s%03d", countyCode, number));
        row.put("school_name", "测试第" + number + "小学");
        row.put("school_type", "primary");
        row.put("location", "town");
        row.put("longitude", "118.5");
        row.put("latitude", "27.25");
        row.put("students_primary", "600");
        row.put("students_junior", "0");
        row.put("students_senior", "0");
        row.put("classes_primary", "15");
        row.put("classes_junior", "0");
        row.put("oversize_classes_primary", "1");
        row.put("oversize_classes_junior", "0");
        row.put("teachers_primary", "36");
        row.put("teachers_junior", "0");
        row.put("qualified_teachers_primary", "30");
        row.put("qualified_teachers_junior", "0");
        row.put("backbone_teachers_primary", "4");
        row.put("backbone_teachers_junior", "0");
        row.put("pe_art_teachers_primary", "5");
        row.put("pe_art_teachers_junior", "0");
        row.put("certified_teachers", "35");
        row.put("teaching_area", "2700.5");
        row.put("sports_area", "4500");
        row.put("equipment_value", "1500000");
        row.put("multimedia_classrooms", "16");
        row.put("music_rooms", "2");
        row.put("art_rooms", "2");
        row.put("music_room_min_area", "96");
        row.put("art_room_min_area", "90");
        return row;
    }

    SchoolStatsTable row(Map<String, String> row) {
        rows.add(row);
        return this;
    }

    SchoolStatsTable rows(String countyCode, int count, int year, Function<Map<String, String>, Map<String, String>> change) {
        for (int i = 1; i <= count; i++) {
            rows.add(change.apply(validPrimarySchool(countyCode, i, year)));
        }
        return this;
    }

    private List<String> cells(Map<String, String> row) {
        List<String> keys = ImportType.SCHOOL_STATS.columns().stream().map(Column::key).toList();
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            cells.add(i < keys.size() ? row.getOrDefault(keys.get(i), "") : "x");
        }
        return cells;
    }

    InputStream csv() {
        return new ByteArrayInputStream(("\uFEFF" + text()).getBytes(StandardCharsets.UTF_8));
    }

    /** The CSV as Excel saves it on a Chinese Windows: in GBK, without a byte-order mark. */
    InputStream gbkCsv() {
        return new ByteArrayInputStream(text().getBytes(java.nio.charset.Charset.forName("GBK")));
    }

    /** The CSV in GB18030, which also writes the characters GBK has not (a rare name's 䶮, say). */
    InputStream gb18030Csv() {
        return new ByteArrayInputStream(text().getBytes(java.nio.charset.Charset.forName("GB18030")));
    }

    private String text() {
        StringBuilder text = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT)) {
            printer.printRecord(headings);
            for (Map<String, String> row : rows) {
                printer.printRecord(cells(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** The same table as an XLSX workbook, numbers written as numeric cells as Excel users would have them. */
    InputStream xlsx() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(bytes, "junheng-test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("school-stats");
            for (int c = 0; c < headings.size(); c++) {
                sheet.value(0, c, headings.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                List<String> cells = cells(rows.get(r));
                for (int c = 0; c < cells.size(); c++) {
                    String cell = cells.get(c);
                    if (cell.matches("-?\\d+(\\.\\d+)?") && !isCode(c)) {
                        sheet.value(r + 1, c, Double.parseDouble(cell));
                    } else if (!cell.isEmpty()) {
                        sheet.value(r + 1, c, cell);
                    }
                }
            }
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    private boolean isCode(int column) {
        String key = column < ImportType.SCHOOL_STATS.columns().size()
                ? ImportType.SCHOOL_STATS.columns().get(column).key() : "";
        return key.equals("county_code") || key.equals("school_code");
    }
}
