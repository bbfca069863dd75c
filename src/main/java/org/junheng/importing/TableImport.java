package org.junheng.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.stream.IntStream;

/**
 * The reading loop every import shares: binds the header, streams the rows through a template's
 * parse and check, and — when storing — hands batches to its store while the file is still free of
 * errors.
 */
final class TableImport {

    static final int BATCH_SIZE = 1000;
    private static final int PROGRESS_EVERY = 5000;
    /** Rows read ahead and parsed on every core, in parts of {@link #PART} rows, when a template allows it. */
    private static final int READ_AHEAD = 8192;
    private static final int PART = 512;

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
        boolean parallel = template.parsesRowsIndependently();
        List<TableRow> ahead = new ArrayList<>(READ_AHEAD);
        CompletableFuture<List<Part<T>>> pending = null;
        // a worker of the common pool that waited on the pool's other work could wait for itself
        boolean pipelined = !(Thread.currentThread() instanceof ForkJoinWorkerThread);
        List<ParsedRow<T>> batch = new ArrayList<>(BATCH_SIZE);
        SharedAmounts amounts = new SharedAmounts();
        Header header = null;
        try (TableReader reader = TableReader.open(in, fileName)) {
            boolean firstAfterHeader = false;
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
                if (parallel) {
                    ahead.add(row);
                    if (ahead.size() == READ_AHEAD) {
                        // these rows are parsed on the other cores while the next ones are read
                        List<TableRow> block = ahead;
                        Header bound = header;
                        CompletableFuture<List<Part<T>>> parsing = pipelined
                                ? CompletableFuture.supplyAsync(() -> parse(template, bound, block, errors, amounts))
                                : CompletableFuture.completedFuture(parse(template, header, ahead, errors, amounts));
                        if (pending != null) {
                            stored += take(template, joined(pending), batch, errors, store);
                        }
                        pending = parsing;
                        ahead = new ArrayList<>(READ_AHEAD);
                    }
                } else {
                    RowValues cells = new RowValues(row, header, errors, amounts);
                    stored += take(template, new ParsedRow<>(row.number(), cells, template.parse(cells)), batch, errors, store);
                }
                if (read % PROGRESS_EVERY == 0) {
                    progress.rowsRead(read);
                }
            }
            if (header == null) {
                errors.addForFile("file.empty");
                return new Counts(0, 0);
            }
            if (pending != null) {
                stored += take(template, joined(pending), batch, errors, store);
            }
            stored += take(template, parse(template, header, ahead, errors, amounts), batch, errors, store);
            stored += flush(template, batch, errors, store);
            if (store && !errors.any()) {
                template.finish();
            }
            progress.rowsRead(read);
        } catch (TableReader.UnsupportedFileException e) {
            errors.addForFile("file.unsupported", fileName);
        } catch (IOException | TableReadException e) {
            // the rows before the fault report their errors
            if (pending != null) {
                take(template, joined(pending), batch, errors, store);
            }
            if (!ahead.isEmpty()) {
                take(template, parse(template, header, ahead, errors, amounts), batch, errors, false);
            }
            errors.addForFile("file.unreadable", String.valueOf(e.getMessage()));
        }
        return new Counts(read, stored);
    }

    /** Adds a parsed row (its value null when it has errors) to the batch, checking and storing a full batch. */
    private static <T> int take(TemplateImport<T> template, ParsedRow<T> row, List<ParsedRow<T>> batch,
                                ImportErrors errors, boolean store) {
        if (row.value() != null) {
            batch.add(row);
        }
        return batch.size() == BATCH_SIZE ? flush(template, batch, errors, store) : 0;
    }

    /** Rows parsed ahead of their turn, with the errors they found. */
    private record Part<T>(List<ParsedRow<T>> rows, ImportErrors errors) {
    }

    /** Parses the rows read ahead in parts on every core; their errors are kept, unworded, with each part. */
    private static <T> List<Part<T>> parse(TemplateImport<T> template, Header header, List<TableRow> ahead,
                                           ImportErrors errors, SharedAmounts amounts) {
        return IntStream.range(0, (ahead.size() + PART - 1) / PART).parallel().mapToObj(k -> {
            ImportErrors found = errors.deferring();
            List<ParsedRow<T>> rows = new ArrayList<>(PART);
            for (TableRow row : ahead.subList(k * PART, Math.min(ahead.size(), (k + 1) * PART))) {
                RowValues cells = new RowValues(row, header, found, amounts);
                rows.add(new ParsedRow<>(row.number(), cells, template.parse(cells)));
            }
            return new Part<>(rows, found);
        }).toList();
    }

    /** The parts' rows in file order, their errors with them: as if the rows had been read one by one. */
    private static <T> int take(TemplateImport<T> template, List<Part<T>> parts, List<ParsedRow<T>> batch,
                                ImportErrors errors, boolean store) {
        int stored = 0;
        for (Part<T> part : parts) {
            for (ParsedRow<T> row : part.rows()) {
                errors.takeRow(part.errors(), row.rowNumber());
                row.cells().reportTo(errors);
                stored += take(template, row, batch, errors, store);
            }
        }
        return stored;
    }

    /** The parsing's rows, or what it threw, as thrown. */
    private static <T> T joined(CompletableFuture<T> parsing) {
        try {
            return parsing.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException thrown) {
                throw thrown;
            }
            if (e.getCause() instanceof Error thrown) {
                throw thrown;
            }
            throw e;
        }
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
