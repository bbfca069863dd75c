package org.junheng.importing;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** The first sheet of an XLSX workbook, streamed row by row. */
final class XlsxTableReader implements TableReader {

    private final ReadableWorkbook workbook;
    private final Stream<Row> rows;
    private final Iterator<Row> iterator;

    XlsxTableReader(InputStream in) throws IOException {
        try {
            this.workbook = new ReadableWorkbook(in);
            this.rows = workbook.getFirstSheet().openStream();
        } catch (ExcelReaderException | IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        this.iterator = rows.iterator();
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
        rows.close();
        workbook.close();
    }
}
