package org.junheng.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
    private byte[] buffer;
    private int position;
    private int limit;
    private boolean ended;
    private int records;
    private int widest = 8;

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
            byte end = buffer[position++];
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
        int high = 0;
        while (true) {
            while (position < limit) {
                byte b = buffer[position];
                if (b == ',' || b == '\n' || b == '\r') {
                    return text(buffer, start, position - start, high < 0);
                }
                high |= b;
                position++;
            }
            int kept = position - start;
            boolean more = fill(start) > 0;
            start = position - kept;
            if (!more) {
                return text(buffer, start, kept, high < 0);
            }
        }
    }

    /**
     * Cells of one to four digits without a leading zero (pupils of a class, teachers, rooms) are shared
     * strings, made once per value: a national file has millions of them. The array is filled as values
     * are met, by any thread; a string is immutable, so a thread that sees none makes its own.
     */
    private static final String[] SMALL_NUMBERS = new String[10_000];

    private String text(byte[] bytes, int start, int length, boolean beyondAscii) throws IOException {
        if (length == 0) {
            return "";
        }
        if (beyondAscii) {
            return decoded(bytes, start, length);
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

    /**
     * A cell with bytes beyond ASCII. UTF-8 is decoded by the platform's own fast path, which puts U+FFFD for a
     * byte it cannot read; only a cell that then holds U+FFFD is decoded again strictly, to refuse a bad byte and
     * keep a U+FFFD the file really holds.
     */
    private String decoded(byte[] bytes, int start, int length) throws IOException {
        if (utf8) {
            String cell = new String(bytes, start, length, StandardCharsets.UTF_8);
            if (cell.indexOf('\uFFFD') < 0) {
                return cell;
            }
        }
        return decoder.reset().decode(ByteBuffer.wrap(bytes, start, length)).toString();
    }

    private String quoted() throws IOException {
        position++;
        int start = position;
        int high = 0;
        byte[] unquoted = null;
        int unquotedLength = 0;
        while (true) {
            if (position == limit) {
                int kept = position - start;
                boolean more = fill(start) > 0;
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
                fill(start);
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
            String cell;
            if (unquoted == null) {
                cell = position == start ? "" : text(buffer, start, position - start, high < 0);
            } else {
                int length = position - start;
                unquoted = Arrays.copyOf(unquoted, unquotedLength + length);
                System.arraycopy(buffer, start, unquoted, unquotedLength, length);
                cell = text(unquoted, 0, unquoted.length, high < 0);
            }
            position++;
            afterClosingQuote();
            return cell;
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
                boolean more = fill(start) > 0;
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
     * Reads more bytes, keeping what lies from {@code keepFrom} on at the start of the buffer (which grows
     * when that fills it); {@code position} moves with it, so callers find their marks again from it.
     *
     * @return how many bytes were read, or -1 at the end of the text
     */
    private int fill(int keepFrom) throws IOException {
        if (ended) {
            return -1;
        }
        int kept = limit - keepFrom;
        if (kept == buffer.length) {
            byte[] larger = new byte[buffer.length * 2];
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
