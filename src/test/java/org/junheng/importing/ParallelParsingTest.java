package org.junheng.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junheng.DemoProvince;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Rows parsed on several cores report exactly what reading them one by one reports, in the same order. */
class ParallelParsingTest {

    static List<String> lines;

    @BeforeAll
    static void readTheDemoProvince() throws IOException {
        lines = Files.readAllLines(DemoProvince.directory().resolve("school-stats.csv"));
    }

    /** The template as it is, or told that its rows must be parsed one after another. */
    private static TemplateImport<SchoolStatsImport.Row> template(boolean independently, List<SchoolStatsImport.Row> sink) {
        SchoolStatsImport template = new SchoolStatsImport(ImportScope.EVERYTHING, codes -> Map.of(), county -> { },
                sink::addAll);
        return new TemplateImport<>() {
            @Override
            public SchoolStatsImport.Row parse(RowValues cells) {
                return template.parse(cells);
            }

            @Override
            public boolean parsesRowsIndependently() {
                return independently && template.parsesRowsIndependently();
            }

            @Override
            public void check(List<ParsedRow<SchoolStatsImport.Row>> batch) {
                template.check(batch);
            }

            @Override
            public void store(List<SchoolStatsImport.Row> batch) {
                template.store(batch);
            }
        };
    }

    private record Outcome(TableImport.Counts counts, int errorCount, List<ImportError> listed, List<String> stored) {
    }

    private static Outcome read(String csv, boolean independently, Locale locale) {
        ImportErrors errors = new ImportErrors(new ImportMessages(locale));
        List<SchoolStatsImport.Row> stored = new ArrayList<>();
        TableImport.Counts counts = TableImport.run(ImportType.SCHOOL_STATS, template(independently, stored),
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "school-stats.csv", errors,
                ImportProgress.NONE, true);
        return new Outcome(counts, errors.count(), errors.listed(),
                stored.stream().map(row -> row.schoolYear().statistics().year() + "/" + row.schoolYear().school().code()).toList());
    }

    /** The demo's rows {@code copies} times over, each copy two years earlier, with some cells spoilt. */
    private static String file(int copies, int spoilEvery) {
        StringBuilder csv = new StringBuilder(lines.get(0)).append('\n');
        int row = 0;
        for (int copy = 0; copy < copies; copy++) {
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", -1);
                cells[0] = String.valueOf(Integer.parseInt(cells[0]) - 2 * copy);
                row++;
                if (spoilEvery > 0 && row % spoilEvery == 0) {
                    cells[9] = "-3";
                }
                if (spoilEvery > 0 && row % (spoilEvery * 7) == 0) {
                    cells[3] = "x";
                }
                csv.append(String.join(",", cells)).append('\n');
            }
        }
        return csv.toString();
    }

    @Test
    void aCleanFileParsedOnEveryCoreStoresTheSameRowsInTheSameOrder() {
        String csv = file(5, 0);

        Outcome parallel = read(csv, true, Locale.CHINESE);
        Outcome oneByOne = read(csv, false, Locale.CHINESE);

        assertThat(parallel.counts().rowsRead()).isEqualTo(5L * (lines.size() - 1)).isGreaterThan(8192);
        assertThat(parallel.errorCount()).isZero();
        assertThat(parallel).isEqualTo(oneByOne);
    }

    @Test
    void errorsOfRowsParsedOnEveryCoreAreReportedAsReadingOneByOneReportsThem() {
        // copies of the same year clash as duplicates (found by the batch checks) beside the spoilt cells
        String csv = file(5, 41).replace("\n2021,", "\n2025,");

        Outcome parallel = read(csv, true, Locale.ENGLISH);
        Outcome oneByOne = read(csv, false, Locale.ENGLISH);

        assertThat(parallel.errorCount()).isGreaterThan(ImportReport.ERROR_CAP);
        assertThat(parallel.listed()).hasSize(ImportReport.ERROR_CAP)
                .extracting(ImportError::code).contains("value.negative", "value.school_code");
        assertThat(parallel).isEqualTo(oneByOne);
    }

    @Test
    void aFewErrorsAreListedInRowOrderWithTheirCells() {
        String csv = file(3, 2000);

        Outcome parallel = read(csv, true, Locale.CHINESE);

        assertThat(parallel.listed()).isNotEmpty().isSortedAccordingTo(
                java.util.Comparator.comparingInt(ImportError::row));
        assertThat(parallel.listed().get(0).cell()).isEqualTo("J2001");
        assertThat(parallel).isEqualTo(read(csv, false, Locale.CHINESE));
    }

    @Test
    void aFileThatBreaksOffAfterSeveralBlocksReportsTheRowsBeforeTheBreakAsReadingOneByOne() {
        // given spoilt cells all through and, after more than two blocks of rows, a quote left open
        String csv = file(8, 97);
        int broken = csv.indexOf('\n', csv.length() * 4 / 5);
        csv = csv.substring(0, broken + 1) + "\"2025," + csv.substring(broken + 1);

        // when read with its rows parsed on every core, and one by one
        Outcome parallel = read(csv, true, Locale.ENGLISH);
        Outcome oneByOne = read(csv, false, Locale.ENGLISH);

        // then both report the same rows, errors and refusal of the file, and store nothing
        assertThat(parallel.counts().rowsRead()).isGreaterThan(2 * 8192);
        assertThat(parallel.listed()).extracting(ImportError::code).contains("value.negative", "file.unreadable");
        assertThat(parallel).isEqualTo(oneByOne);
    }
}
