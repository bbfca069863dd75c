package org.junheng.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The records of a CSV text by RFC 4180 as Excel writes it and Apache Commons CSV's default format reads
 * it: comma-separated, a cell quoted only when its first character is {@code "}, {@code ""} inside quotes
 * for a quote, quoted cells may hold line breaks; a record ends at CR, LF or CRLF; an empty line is a
 * record of one empty cell. Read straight from the file's bytes: a national file has millions of cells.
 *
 * <p>The records are split on the bytes themselves, which is safe in both encodings read (UTF-8 and GB18030):
 * neither writes a comma, quote, CR or LF byte inside a character. A cell of ASCII bytes only (most of them:
 * codes and numbers) is made a string as it is; any other is decoded, and a byte its encoding cannot read is
 * an error ({@link java.nio.charset.CharacterCodingException}), never a character replaced.
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

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final boolean utf8;
    /** Never written again once records lie in it: a full buffer is followed by a new one. */
    private byte[] buffer;
    private int position;
    private int limit;
    private boolean ended;
    private int records;
    /** Where the record being read starts in {@link #buffer}: its bytes are kept there until it ends. */
    private int recordStart;
    /** Where each of the record's cells so far ends, from {@link #recordStart}: see {@link Record}. */
    private int[] ends = new int[64];
    /** The record's cells made strings as they were read (quoted, or decoded from GB18030), else null. */
    private String[] made = new String[64];
    private boolean madeAny;
    private int cells;
    /** Whether a record handed out lies in {@link #buffer}. */
    private boolean handedOut;

    CsvRecords(InputStream in, Charset charset) {
        this(in, charset, BUFFER);
    }

    /** @param buffer the bytes read at a time at first (more when a record is longer) */
    CsvRecords(InputStream in, Charset charset, int buffer) {
        this.in = in;
        this.utf8 = charset.equals(StandardCharsets.UTF_8);
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.buffer = new byte[buffer];
    }

    /** The number of the record read last (1-based; 0 before the first). */
    int records() {
        return records;
    }

    /**
     * The next record's cells, or null after the last. Its bytes are checked against the encoding here; a cell
     * is made a string each time it is read, by whichever thread reads it (each is read about once).
     */
    List<String> next() throws IOException {
        recordStart = position;
        if (position == limit && fill() <= 0) {
            return null;
        }
        records++;
        cells = 0;
        madeAny = false;
        while (true) {
            if (position == limit) {
                fill();
            }
            if (position < limit && buffer[position] == '"') {
                quoted();
            } else {
                unquoted();
            }
            if (position == limit && fill() <= 0) {
                break;
            }
            byte end = buffer[position++];
            if (end == ',') {
                continue;
            }
            if (end == '\r' && (position < limit || fill() > 0) && buffer[position] == '\n') {
                position++;
            }
            break;
        }
        String[] madeHere = null;
        if (madeAny) {
            madeHere = Arrays.copyOf(made, cells);
            Arrays.fill(made, 0, cells, null);
        }
        handedOut = true;
        return new Record(buffer, recordStart, Arrays.copyOf(ends, cells), madeHere);
    }

    /**
     * One record's cells over the bytes they were read from, made strings when read: rows are read on one thread
     * and parsed on the others, so the strings are made where the rows are parsed, and the figures are read from
     * the bytes ({@link #plainNumber}) without any string at all.
     */
    static final class Record extends AbstractList<String> implements RandomAccess {

        private final byte[] bytes;
        private final int start;
        /**
         * Where each cell ends (the comma or line end after it) from {@code start}; a cell starts one byte after
         * the one before it ends. Written {@code ~end} where a UTF-8 cell has bytes beyond ASCII.
         */
        private final int[] ends;
        /** The cells made strings as they were read, or null when there are none. */
        private final String[] made;

        Record(byte[] bytes, int start, int[] ends, String[] made) {
            this.bytes = bytes;
            this.start = start;
            this.ends = ends;
            this.made = made;
        }

        @Override
        public String get(int index) {
            if (made != null && made[index] != null) {
                return made[index];
            }
            int from = from(index);
            int to = ends[index];
            return to < 0 ? new String(bytes, from, start + ~to - from, StandardCharsets.UTF_8)
                    : ascii(bytes, from, start + to - from);
        }

        private int from(int index) {
            if (index == 0) {
                return start;
            }
            int before = ends[index - 1];
            return start + (before < 0 ? ~before : before) + 1;
        }

        @Override
        public int size() {
            return ends.length;
        }

        /** The cell as a {@link PlainNumber}, read from its bytes, or {@link PlainNumber#NONE}. */
        long plainNumber(int index) {
            if (made != null && made[index] != null || ends[index] < 0) {
                return PlainNumber.NONE;
            }
            return PlainNumber.of(bytes, from(index), start + ends[index]);
        }
    }

    private void unquoted() throws IOException {
        int start = position;
        int high = 0;
        while (true) {
            while (position < limit) {
                byte b = buffer[position];
                if (b == ',' || b == '\n' || b == '\r') {
                    cell(start, high < 0);
                    return;
                }
                high |= b;
                position++;
            }
            int kept = position - start;
            boolean more = fill() > 0;
            start = position - kept;
            if (!more) {
                cell(start, high < 0);
                return;
            }
        }
    }

    /**
     * Adds the cell from {@code start} to {@code position} in {@link #buffer}. Its bytes beyond ASCII are checked
     * here, where the reading stops at a byte the encoding cannot read; UTF-8 cells are decoded when read, GB18030
     * ones now.
     */
    private void cell(int start, boolean beyondAscii) throws IOException {
        if (beyondAscii && !(utf8 && Utf8.isWellFormed(buffer, start, position - start))) {
            made(decoded(buffer, start, position - start));
            return;
        }
        room();
        ends[cells++] = beyondAscii ? ~(position - recordStart) : position - recordStart;
    }

    /** Adds a cell made a string already, ending at {@code position}. */
    private void made(String cell) {
        room();
        made[cells] = cell;
        ends[cells++] = position - recordStart;
        madeAny = true;
    }

    private void room() {
        if (cells == ends.length) {
            ends = Arrays.copyOf(ends, 2 * ends.length);
            made = Arrays.copyOf(made, 2 * made.length);
        }
    }

    /**
     * Cells of one to four digits without a leading zero (pupils of a class, teachers, rooms) are shared
     * strings, made once per value: a national file has millions of them. The array is filled as values
     * are met, by any thread; a string is immutable, so a thread that sees none makes its own.
     */
    private static final String[] SMALL_NUMBERS = new String[10_000];

    private static String ascii(byte[] bytes, int start, int length) {
        if (length == 0) {
            return "";
        }
        if (length > 4 || length > 1 && bytes[start] == '0') {
            return new String(bytes, start, length, StandardCharsets.ISO_8859_1);
        }
        int n = 0;
        for (int i = start; i < start + length; i++) {
            byte c = bytes[i];
            if (c < '0' || c > '9') {
                return new String(bytes, start, length, StandardCharsets.ISO_8859_1);
            }
            n = n * 10 + (c - '0');
        }
        String shared = SMALL_NUMBERS[n];
        if (shared == null) {
            shared = new String(bytes, start, length, StandardCharsets.ISO_8859_1);
            SMALL_NUMBERS[n] = shared;
        }
        return shared;
    }

    private String text(byte[] bytes, int start, int length, boolean beyondAscii) throws IOException {
        if (!beyondAscii) {
            return ascii(bytes, start, length);
        }
        return utf8 && Utf8.isWellFormed(bytes, start, length) ? new String(bytes, start, length, StandardCharsets.UTF_8)
                : decoded(bytes, start, length);
    }

    /** A cell's text decoded strictly: a byte its encoding cannot read is refused. */
    private String decoded(byte[] bytes, int start, int length) throws IOException {
        return decoder.reset().decode(ByteBuffer.wrap(bytes, start, length)).toString();
    }

    private void quoted() throws IOException {
        position++;
        int start = position;
        int high = 0;
        byte[] unquoted = null;
        int unquotedLength = 0;
        while (true) {
            if (position == limit) {
                int kept = position - start;
                boolean more = fill() > 0;
                start = position - kept;
                if (!more) {
                    throw new MalformedException(records, true);
                }
            }
            byte b = buffer[position];
            if (b != '"') {
                high |= b;
                position++;
                continue;
            }
            if (position + 1 == limit) {
                int kept = position - start;
                fill();
                start = position - kept;
            }
            if (position + 1 < limit && buffer[position + 1] == '"') {
                // a doubled quote: the bytes up to and with one quote are kept, the second skipped
                int length = position + 1 - start;
                if (unquoted == null) {
                    unquoted = new byte[Math.max(16, 2 * length)];
                } else if (unquotedLength + length > unquoted.length) {
                    unquoted = Arrays.copyOf(unquoted, 2 * (unquotedLength + length));
                }
                System.arraycopy(buffer, start, unquoted, unquotedLength, length);
                unquotedLength += length;
                position += 2;
                start = position;
                continue;
            }
            // quoted cells are few (Excel quotes only a cell with a comma, quote or line break): made now
            String cell;
            if (unquoted == null) {
                cell = text(buffer, start, position - start, high < 0);
            } else {
                int length = position - start;
                unquoted = Arrays.copyOf(unquoted, unquotedLength + length);
                System.arraycopy(buffer, start, unquoted, unquotedLength, length);
                cell = text(unquoted, 0, unquoted.length, high < 0);
            }
            position++;
            afterClosingQuote();
            made(cell);
            return;
        }
    }

    /**
     * Blanks may follow a closing quote; anything else before the comma or the line's end breaks the format.
     * Blanks beyond ASCII (an ideographic space) are decoded to be told apart.
     */
    private void afterClosingQuote() throws IOException {
        int start = position;
        boolean beyondAscii = false;
        while (true) {
            if (position == limit) {
                int kept = position - start;
                boolean more = fill() > 0;
                start = position - kept;
                if (!more) {
                    break;
                }
            }
            byte b = buffer[position];
            if (b == ',' || b == '\n' || b == '\r') {
                break;
            }
            if (b >= 0 && !Character.isWhitespace((char) b)) {
                throw new MalformedException(records, false);
            }
            beyondAscii |= b < 0;
            position++;
        }
        if (beyondAscii) {
            String blanks = decoder.reset().decode(ByteBuffer.wrap(buffer, start, position - start)).toString();
            if (!blanks.chars().allMatch(Character::isWhitespace)) {
                throw new MalformedException(records, false);
            }
        }
    }

    /**
     * Reads more bytes, keeping the record being read (from {@link #recordStart} on) at the start of the buffer;
     * {@code position} moves with it, so callers find their marks again from it. Once a record has been handed
     * out from the buffer, the buffer is left to it and a new one is taken.
     *
     * @return how many bytes were read, or -1 at the end of the text
     */
    private int fill() throws IOException {
        if (ended) {
            return -1;
        }
        int kept = limit - recordStart;
        if (kept == buffer.length || handedOut) {
            byte[] next = new byte[kept == buffer.length ? buffer.length * 2 : buffer.length];
            System.arraycopy(buffer, recordStart, next, 0, kept);
            buffer = next;
            handedOut = false;
        } else if (recordStart > 0) {
            System.arraycopy(buffer, recordStart, buffer, 0, kept);
        }
        position -= recordStart;
        recordStart = 0;
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
