package org.junheng.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
 * the same records and cells from any text, in UTF-8 or GB18030, and a refusal wherever that reader refuses.
 */
class CsvRecordsProperties {

    @Provide
    Arbitrary<String> csvText() {
        // digits too: cells of one to four digits are shared strings, the rest made anew
        // an ideographic space too: a blank after a closing quote that is more than one byte
        return Arbitraries.of('a', '学', ',', '"', '\n', '\r', ' ', '\u3000', '0', '7').list().ofMaxSize(40)
                .map(chars -> chars.stream().map(String::valueOf).reduce("", String::concat));
    }

    /** A stream that hands out a few bytes at a time, as a slow one would (cutting characters in two). */
    private static InputStream trickling(byte[] bytes, int perRead) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public int read(byte[] into, int offset, int length) {
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
        return junheng(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, buffer, perRead);
    }

    private static List<List<String>> junheng(byte[] bytes, Charset charset, int buffer, int perRead) throws IOException {
        CsvRecords reader = new CsvRecords(trickling(bytes, perRead), charset, buffer);
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

    @Property(tries = 1000)
    void textInGb18030GivesTheSameRecordsAsInUtf8(
            @ForAll("csvText") String text, @ForAll @IntRange(min = 1, max = 8) int buffer,
            @ForAll @IntRange(min = 1, max = 5) int perRead) throws IOException {
        List<List<String>> utf8;
        try {
            utf8 = junheng(text, 64, 64);
        } catch (CsvRecords.MalformedException refused) {
            assertThatThrownBy(() -> junheng(text.getBytes(CsvTableReader.GBK), CsvTableReader.GBK, buffer, perRead))
                    .isInstanceOf(CsvRecords.MalformedException.class);
            return;
        }

        assertThat(junheng(text.getBytes(CsvTableReader.GBK), CsvTableReader.GBK, buffer, perRead)).isEqualTo(utf8);
    }

    @Property(tries = 1)
    void aByteTheEncodingCannotReadIsRefusedNotReplaced() {
        byte[] broken = {'a', ',', (byte) 0xE5, (byte) 0xAD, ',', 'b', '\n'};   // 学 cut short

        assertThatThrownBy(() -> junheng(broken, StandardCharsets.UTF_8, 64, 64))
                .isInstanceOf(CharacterCodingException.class);
    }

    @Provide
    Arbitrary<byte[]> bytesAroundUtf8() {
        // the lead and continuation bytes where well-formed UTF-8 has its edges, and ASCII
        return Arbitraries.of((byte) 'a', (byte) 0x7F, (byte) 0x80, (byte) 0x8F, (byte) 0x90, (byte) 0x9F, (byte) 0xA0,
                        (byte) 0xBF, (byte) 0xC0, (byte) 0xC1, (byte) 0xC2, (byte) 0xDF, (byte) 0xE0, (byte) 0xE1, (byte) 0xED,
                        (byte) 0xEE, (byte) 0xEF, (byte) 0xF0, (byte) 0xF1, (byte) 0xF4, (byte) 0xF5, (byte) 0xFF)
                .array(byte[].class).ofMaxSize(8);
    }

    @Property(tries = 5000)
    void bytesAreWellFormedUtf8ExactlyWhenTheStrictDecoderReadsThem(@ForAll("bytesAroundUtf8") byte[] bytes) {
        boolean decodes;
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            decodes = true;
        } catch (CharacterCodingException e) {
            decodes = false;
        }

        assertThat(Utf8.isWellFormed(bytes, 0, bytes.length)).isEqualTo(decodes);
    }

    @Property(tries = 1)
    void recordsReadEarlierKeepTheirCellsWhileLaterOnesAreRead() throws IOException {
        String text = "县,学校1\n城关,\"第\"\"2\"\"小学\"\n";

        List<List<String>> records = junheng(text, 3, 2);   // every record read before any cell is looked at

        assertThat(records).containsExactly(List.of("县", "学校1"), List.of("城关", "第\"2\"小学"));
    }

    @Property(tries = 1)
    void aReplacementCharacterTheFileHoldsIsKept() throws IOException {
        assertThat(junheng("a\uFFFDb,\"\uFFFD\"\n", 64, 64)).containsExactly(List.of("a\uFFFDb", "\uFFFD"));
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
