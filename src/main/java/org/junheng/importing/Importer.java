package org.junheng.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.junheng.registry.CountyFacts;
import org.junheng.registry.Registry;
import org.junheng.registry.School;
import org.junheng.registry.SchoolYear;
import org.junheng.registry.Teacher;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a template file into the registry: streamed row by row and checked through to the end
 * before anything is written, so a refused file costs the database nothing; then read again and
 * stored all or nothing, in one transaction (checked again as it is stored: what only the file's
 * own earlier rows can contradict is found then, and the transaction rolled back).
 */
@Service
public class Importer {

    private final Registry registry;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final List<ContributedImport> contributed;

    private final ImportGate gate;

    Importer(Registry registry, PlatformTransactionManager transactionManager, ApplicationEventPublisher events,
             List<ContributedImport> contributed, ImportGate gate) {
        this.gate = gate;
        this.registry = registry;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
        this.contributed = contributed;
    }

    public ImportReport importFile(ImportType type, InputStream in, String fileName, Locale locale,
                                   ImportProgress progress) {
        return importFile(type, in, fileName, locale, progress, ImportScope.EVERYTHING);
    }

    /**
     * Imports a file whose rows must all lie within {@code scope}, when its turn comes: imports store
     * one after another (see {@link ImportGate}). The stream is first copied to a temporary file, as
     * the import reads it twice.
     *
     * @throws ImportBusy when too many imports are already waiting; nothing was read or stored
     */
    public ImportReport importFile(ImportType type, InputStream in, String fileName, Locale locale,
                                   ImportProgress progress, ImportScope scope) {
        Path copy = null;
        try {
            copy = Files.createTempFile("junheng-import-", ".part");
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            return importFile(type, ImportSource.of(copy), fileName, locale, progress, scope);
        } catch (IOException e) {
            ImportErrors errors = new ImportErrors(new ImportMessages(locale));
            errors.addForFile("file.unreadable", String.valueOf(e.getMessage()));
            return report(type, fileName, errors, new TableImport.Counts(0, 0), System.nanoTime());
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException e) {
                    // a temporary file left behind is the system's to clear
                }
            }
        }
    }

    /** Imports a file that can be read twice, within {@code scope}, when its turn comes. */
    public ImportReport importFile(ImportType type, ImportSource source, String fileName, Locale locale,
                                   ImportProgress progress, ImportScope scope) {
        return gate.inTurn(() -> importInTurn(type, source, fileName, locale, progress, scope));
    }

    private ImportReport importInTurn(ImportType type, ImportSource source, String fileName, Locale locale,
                                      ImportProgress progress, ImportScope scope) {
        long start = System.nanoTime();
        ImportErrors errors = new ImportErrors(new ImportMessages(locale));
        Set<Integer> years = new TreeSet<>();
        Set<String> regions = new TreeSet<>();
        Set<String> refusedCounties = new TreeSet<>();
        TableImport.Counts checked = read(type, templateImport(type, years, regions, scope, refusedCounties), source, fileName,
                errors, progress, false);
        long[] committed = {0};
        TableImport.Counts counts = errors.any() ? checked : transactions.execute(status -> {
            whenCommitted(committed);
            gate.lockAcrossServers();
            gate.planEachStatementAnew();
            TableImport.Counts read = read(type, templateImport(type, years, regions, scope, refusedCounties), source,
                    fileName, errors, progress, true);
            if (errors.any()) {
                status.setRollbackOnly();
            } else {
                progress.storing(read.rowsStored());
                events.publishEvent(new ImportStored(type.key(), fileName, read.rowsStored(), years, regions));
                if (!years.isEmpty()) {
                    events.publishEvent(new AssessmentDataImported(years, regions));
                }
            }
            return read;
        });
        ImportReport report = report(type, fileName, errors, counts, start, committed[0]);
        if (!refusedCounties.isEmpty()) {
            events.publishEvent(new ImportRefused(type.key(), fileName, refusedCounties));
        }
        return report;
    }

    private static TableImport.Counts read(ImportType type, TemplateImport<?> template, ImportSource source, String fileName,
                                           ImportErrors errors, ImportProgress progress, boolean store) {
        try (InputStream in = source.open()) {
            return TableImport.run(type, template, in, fileName, errors, progress, store);
        } catch (IOException e) {
            errors.addForFile("file.unreadable", String.valueOf(e.getMessage()));
            return new TableImport.Counts(0, 0);
        }
    }

    /**
     * Reads a {@code school-stats} file into memory without storing it, for work that needs no
     * database (e.g. {@code junheng assess --input}). Validation is that of an import, except the
     * checks against stored data.
     */
    public static SchoolStatsFile readSchoolStats(InputStream in, String fileName, Locale locale, ImportProgress progress) {
        long start = System.nanoTime();
        ImportErrors errors = new ImportErrors(new ImportMessages(locale));
        List<SchoolYear> rows = new ArrayList<>();
        Map<String, String> countyNames = new LinkedHashMap<>();
        SchoolStatsImport template = new SchoolStatsImport(ImportScope.EVERYTHING, codes -> Map.of(), county -> { },
                batch -> batch.forEach(row -> {
            rows.add(row.schoolYear());
            countyNames.putIfAbsent(row.county().value(), row.countyName());
        }));
        TableImport.Counts counts = TableImport.run(ImportType.SCHOOL_STATS, template, in, fileName, errors, progress);
        ImportReport report = report(ImportType.SCHOOL_STATS, fileName, errors, counts, start);
        return report.stored() ? new SchoolStatsFile(report, rows, countyNames) : new SchoolStatsFile(report, List.of(), Map.of());
    }

    private TemplateImport<?> templateImport(ImportType type, Set<Integer> years, Set<String> regions,
                                             ImportScope scope, Set<String> refused) {
        return switch (type) {
            case REGIONS -> new RegionsImport(registry, scope, batch -> batch.forEach(r -> regions.add(r.code())));
            case SCHOOL_STATS -> new SchoolStatsImport(scope, registry::findSchools, refused::add, new Consumer<>() {
                private final Set<String> countiesEnsured = new HashSet<>();

                @Override
                public void accept(List<SchoolStatsImport.Row> batch) {
                    SchoolStatsImport.store(registry, batch, countiesEnsured);
                    batch.forEach(row -> {
                        years.add(row.schoolYear().statistics().year());
                        regions.add(row.county().value());
                    });
                }
            }, registry::storeStagedSchoolYears);
            case TEACHERS -> new TeachersImport(registry, scope, regions::addAll, refused::add);
            case COUNTY_FACTS -> new CountyFactsImport(county -> scope.regionAllowed().test(county)
                    && registry.findRegion(county).isPresent(), batch -> {
                registry.saveCountyFacts(batch);
                batch.forEach(facts -> {
                    years.add(facts.year());
                    regions.add(facts.countyCode());
                });
            });
            case ACTIVITIES, PLACEMENTS, OUTCOMES, NEEDS, REMOTE_CLASSROOMS, DONATIONS, CLASS_PAIRINGS, STUDIOS,
                 TRAINING -> contributed.stream().filter(c -> c.type() == type).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no module imports " + type.key())).start(scope);
        };
    }

    /**
     * Reads a {@code teachers} file into memory without storing it (for {@code junheng rotate}): its
     * schools must be among {@code schools} (e.g. those of a school-stats file).
     */
    public static TeachersFile readTeachers(InputStream in, String fileName, Locale locale, Map<String, School> schools,
                                            ImportProgress progress) {
        long start = System.nanoTime();
        ImportErrors errors = new ImportErrors(new ImportMessages(locale));
        List<Teacher> teachers = new ArrayList<>();
        TeachersImport template = new TeachersImport(codes -> {
            Map<String, School> found = new HashMap<>();
            codes.forEach(code -> {
                if (schools.containsKey(code)) {
                    found.put(code, schools.get(code));
                }
            });
            return found;
        }, teachers::addAll, ImportScope.EVERYTHING, counties -> { });
        TableImport.Counts counts = TableImport.run(ImportType.TEACHERS, template, in, fileName, errors, progress);
        ImportReport report = report(ImportType.TEACHERS, fileName, errors, counts, start);
        return new TeachersFile(report, report.stored() ? teachers : List.of());
    }

    /**
     * Reads a {@code county-facts} file into memory without storing it (for {@code junheng assess
     * --facts}); any county code is accepted, as there is no registry to check it against.
     */
    public static CountyFactsFile readCountyFacts(InputStream in, String fileName, Locale locale) {
        long start = System.nanoTime();
        ImportErrors errors = new ImportErrors(new ImportMessages(locale));
        List<CountyFacts> facts = new ArrayList<>();
        CountyFactsImport template = new CountyFactsImport(county -> true, facts::addAll);
        TableImport.Counts counts = TableImport.run(ImportType.COUNTY_FACTS, template, in, fileName, errors,
                ImportProgress.NONE);
        ImportReport report = report(ImportType.COUNTY_FACTS, fileName, errors, counts, start);
        return new CountyFactsFile(report, report.stored() ? facts : List.of());
    }

    /**
     * Notes when the import's transaction commits, before the listeners that run after a commit (where
     * {@code junheng.events.async=false}, the command line's re-assessment runs on this thread before the
     * transaction's {@code execute} returns): an import's time is its own.
     */
    private static void whenCommitted(long[] committed) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public int getOrder() {
                return Ordered.HIGHEST_PRECEDENCE;
            }

            @Override
            public void afterCommit() {
                committed[0] = System.nanoTime();
            }
        });
    }

    private static ImportReport report(ImportType type, String fileName, ImportErrors errors, TableImport.Counts counts,
                                       long start) {
        return report(type, fileName, errors, counts, start, 0);
    }

    /** @param end when the import ended (its commit), or 0 for now */
    private static ImportReport report(ImportType type, String fileName, ImportErrors errors, TableImport.Counts counts,
                                       long start, long end) {
        long millis = ((end == 0 ? System.nanoTime() : end) - start) / 1_000_000;
        boolean stored = !errors.any();
        return new ImportReport(type.key(), fileName, stored, counts.rowsRead(), stored ? counts.rowsStored() : 0,
                errors.count(), errors.listed(), millis);
    }
}
