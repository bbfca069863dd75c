package org.junheng.importing;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Locale;

/** Reads the rows of a CSV or XLSX file one at a time, so memory does not grow with the file. */
interface TableReader extends Iterator<TableRow>, Closeable {

    /**
     * Opens a reader for the file, chosen by its content (an XLSX file is a zip archive) and, failing
     * that, by its name.
     */
    static TableReader open(InputStream in, String fileName) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        buffered.mark(8);
        byte[] head = buffered.readNBytes(4);
        buffered.reset();
        boolean zip = head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (zip) {
            return new XlsxTableReader(buffered);
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            throw new UnsupportedFileException(fileName);
        }
        return new CsvTableReader(buffered);
    }

    /** The file is neither CSV nor XLSX (an old .xls, say). */
    final class UnsupportedFileException extends IOException {
        UnsupportedFileException(String fileName) {
            super(fileName);
        }
    }
}
