package org.junheng.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** CSV in UTF-8, with or without a byte-order mark. */
final class CsvTableReader implements TableReader {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private int rowNumber;

    CsvTableReader(InputStream in) throws IOException {
        PushbackReader reader = new PushbackReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        this.parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(reader);
        this.records = parser.iterator();
    }

    @Override
    public boolean hasNext() {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            throw new TableReadException(e.getCause().getMessage(), e);
        }
    }

    @Override
    public TableRow next() {
        CSVRecord record;
        try {
            record = records.next();
        } catch (UncheckedIOException e) {
            throw new TableReadException(e.getCause().getMessage(), e);
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
