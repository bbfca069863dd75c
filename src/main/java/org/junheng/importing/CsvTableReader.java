package org.junheng.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;

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

    /** The byte-order mark (U+FEFF) skipped at the start of a file in UTF-8, and in GB18030. */
    private static final byte[] UTF_8_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] GB18030_MARK = {(byte) 0x84, (byte) 0x31, (byte) 0x95, (byte) 0x33};

    private final BufferedInputStream in;
    private final CsvRecords records;
    private final Charset charset;
    private int rowNumber;
    private List<String> next;

    CsvTableReader(BufferedInputStream in) throws IOException {
        this.charset = charsetOf(in);
        this.in = in;
        skipByteOrderMark(in, charset == GBK ? GB18030_MARK : UTF_8_MARK);
        this.records = new CsvRecords(in, charset);
    }

    private static void skipByteOrderMark(BufferedInputStream in, byte[] mark) throws IOException {
        in.mark(mark.length);
        if (!Arrays.equals(in.readNBytes(mark.length), mark)) {
            in.reset();
        }
    }

    /**
     * UTF-8 unless the start of the file holds bytes UTF-8 cannot read; then GBK — unless those bytes
     * stand among many characters only UTF-8 writes so: that is a UTF-8 file with damaged bytes, which
     * read as GBK would be stored garbled, and is refused.
     */
    static Charset charsetOf(BufferedInputStream in) throws IOException {
        in.mark(SAMPLE + 1);
        byte[] sample = in.readNBytes(SAMPLE);
        in.reset();
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = utf8.decode(ByteBuffer.wrap(sample), CharBuffer.allocate(sample.length), false);
        // a character cut at the end of the sample is not an error
        if (!result.isError()) {
            return StandardCharsets.UTF_8;
        }
        Utf8Count count = Utf8Count.of(sample);
        if (count.damaged()) {
            throw new TableReadException("无法判断文件的编码：文件按 UTF-8 编写，但有 " + count.invalid() + " 处字节不是 UTF-8，"
                    + "按 GBK 读取会得到乱码：请将文件另存为 UTF-8 编码的 CSV / cannot tell the file's encoding: it is written "
                    + "in UTF-8 but " + count.invalid() + " bytes are not UTF-8, and read as GBK it would be garbled: save it "
                    + "as CSV in UTF-8", null);
        }
        return GBK;
    }

    /**
     * The characters of a sample that UTF-8 writes in three or four bytes (Chinese, mostly) and the bytes
     * UTF-8 cannot read. GBK text forms such sequences rarely and mostly fails, so many of them and few
     * failures mean UTF-8 with damaged bytes.
     */
    record Utf8Count(int multiByte, int invalid) {

        boolean damaged() {
            return multiByte >= 4 && multiByte > 4 * invalid;
        }

        static Utf8Count of(byte[] sample) {
            int multiByte = 0;
            int invalid = 0;
            int i = 0;
            while (i < sample.length) {
                int b = sample[i] & 0xFF;
                int length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3
                        : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
                if (length == 1) {
                    i++;
                } else if (length > 1 && i + length <= sample.length && continued(sample, i + 1, length - 1)) {
                    multiByte += length >= 3 ? 1 : 0;
                    i += length;
                } else if (length > 1 && i + length > sample.length) {
                    break;
                } else {
                    invalid++;
                    i++;
                }
            }
            return new Utf8Count(multiByte, invalid);
        }

        private static boolean continued(byte[] bytes, int from, int count) {
            for (int k = from; k < from + count; k++) {
                if ((bytes[k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            return true;
        }
    }

    private TableReadException unreadable(IOException e) {
        if (e instanceof CharacterCodingException) {
            return new TableReadException("第 " + (rowNumber + 1) + " 行附近有" + (charset == GBK ? " GBK " : " UTF-8 ")
                    + "无法识别的字节：请将文件另存为 UTF-8 编码的 CSV / bytes near row " + (rowNumber + 1) + " are not "
                    + (charset == GBK ? "GBK" : "UTF-8") + ": save the file as CSV in UTF-8", e);
        }
        if (e instanceof CsvRecords.MalformedException malformed && malformed.unclosedQuote()) {
            return new TableReadException("第 " + malformed.record() + " 行的引号没有闭合（以引号开头的单元格须以引号结束）/ row "
                    + malformed.record() + ": a quoted cell is not closed", e);
        }
        if (e instanceof CsvRecords.MalformedException malformed) {
            return new TableReadException("第 " + malformed.record() + " 行有单元格在结束引号之后还有文字（单元格中的引号须写成两个引号）/ row "
                    + malformed.record() + ": a cell has text after its closing quote (a quote inside a cell is written twice)", e);
        }
        return new TableReadException(e.getMessage(), e);
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = records.next();
            } catch (IOException e) {
                throw unreadable(e);
            }
        }
        return next != null;
    }

    @Override
    public TableRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        rowNumber++;
        TableRow row = new TableRow(rowNumber, next);
        next = null;
        return row;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
