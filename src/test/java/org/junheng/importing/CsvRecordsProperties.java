package org.junheng.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Junheng reads CSV as Apache Commons CSV's default format does (the reader it replaced for speed):
 * the same records and cells from any text, and a refusal wherever that reader refuses.
 */
class CsvRecordsProperties {

    @Provide
    Arbitrary<String> csvText() {
        // digits too: cells of one to four digits are shared strings, the rest made anew
        return Arbitraries.of('a', '学', ',', '"', '\n', '\r', ' ', '0', '7').list().ofMaxSize(40)
                .map(chars -> chars.stream().map(String::valueOf).reduce("", String::concat));
    }

    /** A reader that hands out a few characters at a time, as a slow stream would. */
    private static Reader trickling(String text, int perRead) {
        return new StringReader(text) {
            @Override
            public int read(char[] into, int offset, int length) throws IOException {
                return super.read(into, offset, Math.min(length, perRead));
            }
        };
    }

    private static List<List<String>> commonsCsv(String text) throws IOException {
        List<List<String>> records = new ArrayList<>();
        for (CSVRecord record : CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(new StringReader(text))) {
            records.add(record.toList());
        }
        return records;
    }

    private static List<List<String>> junheng(String text, int buffer, int perRead) throws IOException {
        CsvRecords reader = new CsvRecords(trickling(text, perRead), buffer);
        List<List<String>> records = new ArrayList<>();
        for (List<String> record = reader.next(); record != null; record = reader.next()) {
            records.add(record);
        }
        return records;
    }

    @Property(tries = 3000)
    void anyTextGivesTheRecordsCommonsCsvGivesOrIsRefusedWhereItIsRefused(
            @ForAll("csvText") String text, @ForAll @IntRange(min = 1, max = 8) int buffer,
            @ForAll @IntRange(min = 1, max = 5) int perRead) throws IOException {
        List<List<String>> expected;
        try {
            expected = commonsCsv(text);
        } catch (IOException | RuntimeException refused) {
            assertThatThrownBy(() -> junheng(text, buffer, perRead)).isInstanceOf(CsvRecords.MalformedException.class);
            return;
        }

        assertThat(junheng(text, buffer, perRead)).isEqualTo(expected);
    }

    @Property(tries = 1)
    void aQuotedCellMayHoldCommasQuotesAndLineBreaks() throws IOException {
        assertThat(junheng("a,\"b,\"\"c\"\"\r\nd\"\r\n\"\",e", 4, 3))
                .containsExactly(List.of("a", "b,\"c\"\r\nd"), List.of("", "e"));
    }

    @Property(tries = 1)
    void anUnclosedQuoteIsRefusedNamingItsRecord() {
        assertThatThrownBy(() -> junheng("a,b\nc,\"d\ne\n", 64, 64)).isInstanceOfSatisfying(
                CsvRecords.MalformedException.class, e -> {
                    assertThat(e.record()).isEqualTo(2);
                    assertThat(e.unclosedQuote()).isTrue();
                });
    }
}
