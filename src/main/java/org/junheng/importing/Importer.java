package org.junheng.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junheng.registry.Registry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a template file into the registry: streamed row by row, validated completely, and stored
 * all or nothing (one transaction, rolled back at the first error while reading goes on to report
 * every error).
 */
@Service
public class Importer {

    static final int BATCH_SIZE = 1000;
    private static final int PROGRESS_EVERY = 5000;

    private final Registry registry;
    private final TransactionTemplate transactions;

    Importer(Registry registry, PlatformTransactionManager transactionManager) {
        this.registry = registry;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public ImportReport importFile(ImportType type, InputStream in, String fileName, Locale locale,
                                   ImportProgress progress) {
        long start = System.nanoTime();
        ImportErrors errors = new ImportErrors(new ImportMessages(locale));
        long[] counts = new long[2];
        transactions.executeWithoutResult(status -> {
            run(type, templateImport(type), in, fileName, errors, progress, counts);
            if (errors.any()) {
                status.setRollbackOnly();
            }
        });
        long millis = (System.nanoTime() - start) / 1_000_000;
        boolean stored = !errors.any();
        return new ImportReport(type.key(), fileName, stored, counts[0], stored ? counts[1] : 0, errors.count(),
                errors.listed(), millis);
    }

    private TemplateImport<?> templateImport(ImportType type) {
        return switch (type) {
            case REGIONS -> new RegionsImport(registry);
            case SCHOOL_STATS -> new SchoolStatsImport(registry);
            case TEACHERS -> new TeachersImport(registry);
        };
    }

    private <T> void run(ImportType type, TemplateImport<T> template, InputStream in, String fileName, ImportErrors errors,
                         ImportProgress progress, long[] counts) {
        try (TableReader reader = TableReader.open(in, fileName)) {
            Header header = null;
            List<ParsedRow<T>> batch = new ArrayList<>(BATCH_SIZE);
            while (reader.hasNext()) {
                TableRow row = reader.next();
                if (row.isBlank()) {
                    continue;
                }
                if (header == null) {
                    header = Header.bind(type, row, errors);
                    if (errors.any()) {
                        return; // no row can be read against a wrong header
                    }
                    continue;
                }
                if (header.isRepeatedHeading(row)) {
                    continue;
                }
                counts[0]++;
                RowValues cells = new RowValues(row, header, errors);
                T value = template.parse(cells);
                if (value != null) {
                    batch.add(new ParsedRow<>(row.number(), cells, value));
                }
                if (batch.size() == BATCH_SIZE) {
                    counts[1] += flush(template, batch, errors);
                }
                if (counts[0] % PROGRESS_EVERY == 0) {
                    progress.rowsRead(counts[0]);
                }
            }
            if (header == null) {
                errors.addForFile("file.empty");
                return;
            }
            counts[1] += flush(template, batch, errors);
            progress.rowsRead(counts[0]);
        } catch (TableReader.UnsupportedFileException e) {
            errors.addForFile("file.unsupported", fileName);
        } catch (IOException | TableReadException e) {
            errors.addForFile("file.unreadable", String.valueOf(e.getMessage()));
        }
    }

    private static <T> int flush(TemplateImport<T> template, List<ParsedRow<T>> batch, ImportErrors errors) {
        template.check(batch);
        int stored = 0;
        if (!errors.any()) {
            template.store(batch.stream().map(ParsedRow::value).toList());
            stored = batch.size();
        }
        batch.clear();
        return stored;
    }
}
