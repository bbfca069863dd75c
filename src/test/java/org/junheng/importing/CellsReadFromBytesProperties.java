package org.junheng.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The amounts of a CSV file are read from its bytes without making their text: every cell gives the value, and
 * the errors, that reading its text gives.
 */
class CellsReadFromBytesProperties {

    @Provide
    Arbitrary<String> cells() {
        Arbitrary<String> anything = Arbitraries.of('0', '1', '7', '9', '.', '-', '+', ',', 'E', ' ', '"', '学')
                .list().ofMaxSize(22).map(chars -> chars.stream().map(String::valueOf).reduce("", String::concat));
        Arbitrary<String> plain = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(19).flatMap(whole ->
                Arbitraries.strings().numeric().ofMaxLength(8).map(fraction -> whole + (fraction.isEmpty() ? "" : "." + fraction)));
        Arbitrary<String> coordinates = Arbitraries.integers().between(0, 200).flatMap(whole ->
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(18).map(fraction -> whole + "." + fraction));
        return Arbitraries.oneOf(anything, plain, coordinates);
    }

    private record Read(Object value, List<String> errors) {
    }

    /** Every column of a school-stats row holding {@code cell}: read from a CSV record, or from a list of strings. */
    private static Read read(String cell, boolean fromBytes, Function<RowValues, Object> reading) throws IOException {
        List<String> keys = ImportType.SCHOOL_STATS.columns().stream().map(Column::key).toList();
        ImportErrors errors = new ImportErrors(new ImportMessages(Locale.ENGLISH));
        Header header = Header.bind(ImportType.SCHOOL_STATS, new TableRow(1, keys), errors);
        String written = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
        List<String> cells = fromBytes
                ? new CsvRecords(new ByteArrayInputStream(String.join(",", Collections.nCopies(keys.size(), written))
                        .getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8).next()
                : new ArrayList<>(Collections.nCopies(keys.size(), cell));
        RowValues values = new RowValues(new TableRow(2, cells), header, errors, new SharedAmounts());
        Object value = reading.apply(values);
        return new Read(value, errors.listed().stream().map(ImportError::toString).toList());
    }

    private static void readsAlike(String cell, Function<RowValues, Object> reading) throws IOException {
        Read fromText = read(cell, false, reading);
        Read fromBytes = read(cell, true, reading);

        assertThat(fromBytes).isEqualTo(fromText);
        if (fromText.value() instanceof java.math.BigDecimal amount) {
            assertThat(((java.math.BigDecimal) fromBytes.value()).scale()).isEqualTo(amount.scale());
        }
    }

    @Property(tries = 2000)
    void aCountReadsAsItsText(@ForAll("cells") String cell) throws IOException {
        readsAlike(cell, values -> values.count("students_primary"));
        readsAlike(cell, values -> values.optionalCount("computers"));
        readsAlike(cell, values -> values.optionalInteger("built_year", 1900, 2026));
        readsAlike(cell, values -> values.integer("year", 1990, 2100));
    }

    @Property(tries = 2000)
    void anAmountReadsAsItsTextToTheScale(@ForAll("cells") String cell) throws IOException {
        readsAlike(cell, values -> values.amount("teaching_area"));
        readsAlike(cell, values -> values.optionalAmount("music_room_min_area"));
    }

    @Property(tries = 2000)
    void aCoordinateReadsAsItsTextToTheLastBit(@ForAll("cells") String cell) throws IOException {
        readsAlike(cell, values -> values.optionalDecimal("longitude", -180, 180));
        readsAlike(cell, values -> values.optionalDecimal("latitude", -90, 90));
        readsAlike(cell, values -> values.isEmpty("latitude"));
    }
}
