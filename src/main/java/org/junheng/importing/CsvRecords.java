package org.junheng.importing;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of a CSV text by RFC 4180 as Excel writes it and Apache Commons CSV's default format reads
 * it: comma-separated, a cell quoted only when its first character is {@code "}, {@code ""} inside quotes
 * for a quote, quoted cells may hold line breaks; a record ends at CR, LF or CRLF; an empty line is a
 * record of one empty cell. Read straight from a character buffer: a national file has millions of cells.
 */
final class CsvRecords {

    /** The text breaks a rule of the format; {@code record} is the 1-based number of the record it is in. */
    static final class MalformedException extends IOException {

        private final int record;
        private final boolean unclosedQuote;

        MalformedException(int record, boolean unclosedQuote) {
            super(unclosedQuote ? "quoted cell not closed in record " + record : "text after a closing quote in record " + record);
            this.record = record;
            this.unclosedQuote = unclosedQuote;
        }

        int record() {
            return record;
        }

        boolean unclosedQuote() {
            return unclosedQuote;
        }
    }

    private static final int BUFFER = 1 << 16;

    private final Reader in;
    private char[] buffer;
    private int position;
    private int limit;
    private boolean ended;
    private int records;
    private int widest = 8;

    CsvRecords(Reader in) {
        this(in, BUFFER);
    }

    /** @param buffer the characters read at a time at first (more when a record is longer) */
    CsvRecords(Reader in, int buffer) {
        this.in = in;
        this.buffer = new char[buffer];
    }

    /** The next record's cells, or null after the last. */
    List<String> next() throws IOException {
        if (position == limit && fill(position) <= 0) {
            return null;
        }
        records++;
        List<String> cells = new ArrayList<>(widest);
        while (true) {
            if (position == limit) {
                fill(position);
            }
            cells.add(position < limit && buffer[position] == '"' ? quoted() : unquoted());
            if (position == limit && fill(position) <= 0) {
                break;
            }
            char end = buffer[position++];
            if (end == ',') {
                continue;
            }
            if (end == '\r' && (position < limit || fill(position) > 0) && buffer[position] == '\n') {
                position++;
            }
            break;
        }
        widest = Math.max(widest, cells.size());
        return cells;
    }

    private String unquoted() throws IOException {
        int start = position;
        while (true) {
            while (position < limit) {
                char c = buffer[position];
                if (c == ',' || c == '\n' || c == '\r') {
                    return text(buffer, start, position - start);
                }
                position++;
            }
            int kept = position - start;
            boolean more = fill(start) > 0;
            start = position - kept;
            if (!more) {
                return text(buffer, start, kept);
            }
        }
    }

    /**
     * Cells of one to four digits without a leading zero (pupils of a class, teachers, rooms) are shared
     * strings, made once per value: a national file has millions of them. The array is filled as values
     * are met, by any thread; a string is immutable, so a thread that sees none makes its own.
     */
    private static final String[] SMALL_NUMBERS = new String[10_000];

    private static String text(char[] buffer, int start, int length) {
        if (length == 0) {
            return "";
        }
        if (length > 4 || length > 1 && buffer[start] == '0') {
            return new String(buffer, start, length);
        }
        int n = 0;
        for (int i = start; i < start + length; i++) {
            char c = buffer[i];
            if (c < '0' || c > '9') {
                return new String(buffer, start, length);
            }
            n = n * 10 + (c - '0');
        }
        String shared = SMALL_NUMBERS[n];
        if (shared == null) {
            shared = new String(buffer, start, length);
            SMALL_NUMBERS[n] = shared;
        }
        return shared;
    }

    private String quoted() throws IOException {
        position++;
        int start = position;
        StringBuilder unquoted = null;
        while (true) {
            if (position == limit) {
                int kept = position - start;
                boolean more = fill(start) > 0;
                start = position - kept;
                if (!more) {
                    throw new MalformedException(records, true);
                }
            }
            if (buffer[position] != '"') {
                position++;
                continue;
            }
            if (position + 1 == limit) {
                int kept = position - start;
                fill(start);
                start = position - kept;
            }
            if (position + 1 < limit && buffer[position + 1] == '"') {
                if (unquoted == null) {
                    unquoted = new StringBuilder();
                }
                unquoted.append(buffer, start, position + 1 - start);
                position += 2;
                start = position;
                continue;
            }
            String cell = unquoted == null ? new String(buffer, start, position - start)
                    : unquoted.append(buffer, start, position - start).toString();
            position++;
            afterClosingQuote();
            return cell;
        }
    }

    /** Blanks may follow a closing quote; anything else before the comma or the line's end breaks the format. */
    private void afterClosingQuote() throws IOException {
        while (position < limit || fill(position) > 0) {
            char c = buffer[position];
            if (c == ',' || c == '\n' || c == '\r') {
                return;
            }
            if (!Character.isWhitespace(c)) {
                throw new MalformedException(records, false);
            }
            position++;
        }
    }

    /**
     * Reads more text, keeping what lies from {@code keepFrom} on at the start of the buffer (which grows
     * when that fills it); {@code position} moves with it, so callers find their marks again from it.
     *
     * @return how many characters were read, or -1 at the end of the text
     */
    private int fill(int keepFrom) throws IOException {
        if (ended) {
            return -1;
        }
        int kept = limit - keepFrom;
        if (kept == buffer.length) {
            char[] larger = new char[buffer.length * 2];
            System.arraycopy(buffer, keepFrom, larger, 0, kept);
            buffer = larger;
        } else if (keepFrom > 0) {
            System.arraycopy(buffer, keepFrom, buffer, 0, kept);
        }
        position -= keepFrom;
        limit = kept;
        int read;
        do {
            read = in.read(buffer, limit, buffer.length - limit);
        } while (read == 0);
        if (read < 0) {
            ended = true;
            return -1;
        }
        limit += read;
        return read;
    }
}
