package org.junheng.importing;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * The first sheet of an XLSX workbook, streamed row by row. The upload is spooled to a temporary
 * file (the workbook reader would otherwise hold it in memory) and checked against zip bombs before
 * it is opened: no part may unpack to more than {@link #MAX_UNPACKED_BYTES} in total, nor a large
 * part to more than {@link #MAX_RATIO} times its packed size.
 */
final class XlsxTableReader implements TableReader {

    static final long MAX_UNPACKED_BYTES = 2L * 1024 * 1024 * 1024;
    static final long MAX_RATIO = 200;
    private static final long RATIO_CHECKED_FROM = 1024 * 1024;

    private final Path file;
    private final ReadableWorkbook workbook;
    private final Stream<Row> rows;
    private final Iterator<Row> iterator;

    XlsxTableReader(InputStream in) throws IOException {
        this.file = Files.createTempFile("junheng-upload", ".xlsx");
        try {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            checkUnpackedSize(file);
            this.workbook = new ReadableWorkbook(file.toFile());
            this.rows = workbook.getFirstSheet().openStream();
        } catch (ExcelReaderException | IllegalArgumentException e) {
            Files.deleteIfExists(file);
            throw new IOException(e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        this.iterator = rows.iterator();
    }

    /** Unpacks every part once, counting, and gives up as soon as a limit is passed. */
    private static void checkUnpackedSize(Path file) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                long packed = Math.max(1, entry.getCompressedSize());
                long unpacked = 0;
                try (InputStream part = zip.getInputStream(entry)) {
                    for (int n = part.read(buffer); n > 0; n = part.read(buffer)) {
                        unpacked += n;
                        total += n;
                        if (total > MAX_UNPACKED_BYTES || unpacked > RATIO_CHECKED_FROM && unpacked / packed > MAX_RATIO) {
                            throw new IOException("the workbook unpacks to far more than its size (" + entry.getName()
                                    + "): refused as a possible zip bomb");
                        }
                    }
                }
            }
        }
    }

    @Override
    public boolean hasNext() {
        try {
            return iterator.hasNext();
        } catch (ExcelReaderException e) {
            throw new TableReadException(e.getMessage(), e);
        }
    }

    @Override
    public TableRow next() {
        Row row;
        try {
            row = iterator.next();
        } catch (ExcelReaderException e) {
            throw new TableReadException(e.getMessage(), e);
        }
        List<String> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(text(row.getCell(i)));
        }
        return new TableRow(row.getRowNum(), cells);
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return null;
        }
        if (cell.getType() == CellType.NUMBER) {
            // numbers as written, not as Excel displays them: 1E7 becomes 10000000
            return ((BigDecimal) cell.getValue()).stripTrailingZeros().toPlainString();
        }
        return cell.getText();
    }

    @Override
    public void close() throws IOException {
        try {
            rows.close();
            workbook.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
