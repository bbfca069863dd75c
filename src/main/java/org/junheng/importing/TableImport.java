package org.junheng.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The reading loop every import shares: binds the header, streams the rows through a template's
 * parse and check, and — when storing — hands batches to its store while the file is still free of
 * errors.
 */
final class TableImport {

    static final int BATCH_SIZE = 1000;
    private static final int PROGRESS_EVERY = 5000;

    record Counts(long rowsRead, long rowsStored) {
    }

    private TableImport() {
    }

    static <T> Counts run(ImportType type, TemplateImport<T> template, InputStream in, String fileName,
                          ImportErrors errors, ImportProgress progress) {
        return run(type, template, in, fileName, errors, progress, true);
    }

    /** @param store false to check the file only: nothing is handed to the template's store */
    static <T> Counts run(ImportType type, TemplateImport<T> template, InputStream in, String fileName,
                          ImportErrors errors, ImportProgress progress, boolean store) {
        long read = 0;
        long stored = 0;
        try (TableReader reader = TableReader.open(in, fileName)) {
            Header header = null;
            boolean firstAfterHeader = false;
            List<ParsedRow<T>> batch = new ArrayList<>(BATCH_SIZE);
            while (reader.hasNext()) {
                TableRow row = reader.next();
                if (row.isBlank()) {
                    continue;
                }
                if (header == null) {
                    header = Header.bind(type, row, errors);
                    if (errors.any()) {
                        return new Counts(read, 0); // no row can be read against a wrong header
                    }
                    firstAfterHeader = true;
                    continue;
                }
                // the second header row of Junheng's templates can only come right after the first
                boolean repeatedHeading = firstAfterHeader && header.isRepeatedHeading(row);
                firstAfterHeader = false;
                if (repeatedHeading) {
                    continue;
                }
                read++;
                RowValues cells = new RowValues(row, header, errors);
                T value = template.parse(cells);
                if (value != null) {
                    batch.add(new ParsedRow<>(row.number(), cells, value));
                }
                if (batch.size() == BATCH_SIZE) {
                    stored += flush(template, batch, errors, store);
                }
                if (read % PROGRESS_EVERY == 0) {
                    progress.rowsRead(read);
                }
            }
            if (header == null) {
                errors.addForFile("file.empty");
                return new Counts(0, 0);
            }
            stored += flush(template, batch, errors, store);
            progress.rowsRead(read);
        } catch (TableReader.UnsupportedFileException e) {
            errors.addForFile("file.unsupported", fileName);
        } catch (IOException | TableReadException e) {
            errors.addForFile("file.unreadable", String.valueOf(e.getMessage()));
        }
        return new Counts(read, stored);
    }

    private static <T> int flush(TemplateImport<T> template, List<ParsedRow<T>> batch, ImportErrors errors, boolean store) {
        template.check(batch);
        int stored = 0;
        if (store && !errors.any()) {
            template.store(batch.stream().map(ParsedRow::value).toList());
            stored = batch.size();
        }
        batch.clear();
        return stored;
    }
}
