package org.junheng.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTableReaderTest {

    private static void readAll(String text) throws IOException {
        try (TableReader reader = TableReader.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "f.csv")) {
            while (reader.hasNext()) {
                reader.next();
            }
        }
    }

    @Test
    void aQuotedCellLeftOpenRefusesTheFileNamingItsRowInChineseAndEnglish() {
        assertThatThrownBy(() -> readAll("year,school_name\n2025,甲小学\n2025,\"乙小学\n2025,丙小学\n"))
                .isInstanceOf(TableReadException.class)
                .hasMessageContaining("第 3 行的引号没有闭合")
                .hasMessageContaining("row 3: a quoted cell is not closed");
    }

    @Test
    void textAfterAClosingQuoteRefusesTheFileNamingItsRow() {
        assertThatThrownBy(() -> readAll("year,school_name\n2025,\"甲\"小学\n"))
                .isInstanceOf(TableReadException.class)
                .hasMessageContaining("第 2 行有单元格在结束引号之后还有文字")
                .hasMessageContaining("row 2: a cell has text after its closing quote");
    }

    @Test
    void rowsAreNumberedAsASpreadsheetShowsThemWithABlankLineCounted() throws IOException {
        try (TableReader reader = TableReader.open(new ByteArrayInputStream(
                "\uFEFFa,b\r\n\r\n1,\"x\r\ny\"\r\n2,z".getBytes(StandardCharsets.UTF_8)), "f.csv")) {
            assertThat(reader.next()).isEqualTo(new TableRow(1, java.util.List.of("a", "b")));
            assertThat(reader.next().isBlank()).isTrue();
            assertThat(reader.next()).isEqualTo(new TableRow(3, java.util.List.of("1", "x\r\ny")));
            assertThat(reader.next()).isEqualTo(new TableRow(4, java.util.List.of("2", "z")));
            assertThat(reader.hasNext()).isFalse();
        }
    }

    @Test
    void aFileInGbkWithAByteOrderMarkReadsAsTheSameTextInUtf8() throws IOException {
        byte[] gbk = "\uFEFF学校名称,学生数\r\n甲小学,120\r\n".getBytes(CsvTableReader.GBK);

        try (TableReader reader = TableReader.open(new ByteArrayInputStream(gbk), "f.csv")) {
            assertThat(reader.next()).isEqualTo(new TableRow(1, java.util.List.of("学校名称", "学生数")));
            assertThat(reader.next()).isEqualTo(new TableRow(2, java.util.List.of("甲小学", "120")));
            assertThat(reader.hasNext()).isFalse();
        }
    }

    @Test
    void aByteUtf8CannotReadFarIntoTheFileRefusesItNamingTheRow() {
        // past the 64 KB the encoding is told from, so the file is read as UTF-8 until the bad byte
        StringBuilder text = new StringBuilder("year,school_name\n");
        for (int i = 0; i < 3000; i++) {
            text.append("2025,abcdefghijklmnopqrstuvwxyz\n");
        }
        byte[] start = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] file = java.util.Arrays.copyOf(start, start.length + 8);
        System.arraycopy(new byte[] {'2', '0', '2', '5', ',', (byte) 0xFF, 'x', '\n'}, 0, file, start.length, 8);

        assertThatThrownBy(() -> {
            try (TableReader reader = TableReader.open(new ByteArrayInputStream(file), "f.csv")) {
                while (reader.hasNext()) {
                    reader.next();
                }
            }
        }).isInstanceOf(TableReadException.class)
                .hasMessageContaining("第 3002 行附近有 UTF-8 无法识别的字节")
                .hasMessageContaining("bytes near row 3002 are not UTF-8");
    }
}
