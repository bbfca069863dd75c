package org.junheng.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV in UTF-8 (with or without a byte-order mark) or, as Excel saves "CSV" on a Chinese Windows, in
 * GBK (read as GB18030, which contains it). The encoding is told from the start of the file; a byte
 * that does not belong to it later on is an error of the file, never a character silently replaced,
 * so garbled names are not stored.
 */
final class CsvTableReader implements TableReader {

    /** How much of the start of a file is read to tell its encoding. */
    private static final int SAMPLE = 64 * 1024;
    static final Charset GBK = Charset.forName("GB18030");

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Charset charset;
    private int rowNumber;

    CsvTableReader(BufferedInputStream in) throws IOException {
        this.charset = charsetOf(in);
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        PushbackReader reader = new PushbackReader(new InputStreamReader(in, decoder), 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        this.parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(reader);
        this.records = parser.iterator();
    }

    /** UTF-8 unless the start of the file holds bytes UTF-8 cannot read; then GBK. */
    static Charset charsetOf(BufferedInputStream in) throws IOException {
        in.mark(SAMPLE + 1);
        byte[] sample = in.readNBytes(SAMPLE);
        in.reset();
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = utf8.decode(ByteBuffer.wrap(sample), CharBuffer.allocate(sample.length), false);
        // a character cut at the end of the sample is not an error
        return result.isError() ? GBK : StandardCharsets.UTF_8;
    }

    private TableReadException unreadable(UncheckedIOException e) {
        if (e.getCause() instanceof CharacterCodingException) {
            return new TableReadException("第 " + (rowNumber + 1) + " 行附近有" + (charset == GBK ? " GBK " : " UTF-8 ")
                    + "无法识别的字节：请将文件另存为 UTF-8 编码的 CSV / bytes near row " + (rowNumber + 1) + " are not "
                    + (charset == GBK ? "GBK" : "UTF-8") + ": save the file as CSV in UTF-8", e);
        }
        return new TableReadException(e.getCause().getMessage(), e);
    }

    @Override
    public boolean hasNext() {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            throw unreadable(e);
        }
    }

    @Override
    public TableRow next() {
        CSVRecord record;
        try {
            record = records.next();
        } catch (UncheckedIOException e) {
            throw unreadable(e);
        }
        rowNumber++;
        List<String> cells = new ArrayList<>(record.size());
        record.forEach(cells::add);
        return new TableRow(rowNumber, cells);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
