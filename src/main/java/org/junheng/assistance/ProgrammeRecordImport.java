package org.junheng.assistance;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.junheng.importing.ParsedRow;
import org.junheng.importing.RowValues;
import org.junheng.importing.TemplateImport;

/**
 * Rows of a template of programme records read by one parser: each row's programme must be one the
 * importing user may see, and its school ({@code school_code}) one of the programme's that the user
 * may write records of; then each record is checked as the API would check it, and stored.
 */
final class ProgrammeRecordImport<T extends ProgrammeRecord> implements TemplateImport<T> {

    private final Function<RowValues, T> parser;
    private final Function<T, String> school;
    private final RecordImports.ProgrammeAccess programmes;
    private final Consumer<T> check;
    private final Consumer<T> store;

    ProgrammeRecordImport(Function<RowValues, T> parser, Function<T, String> school, RecordImports.ProgrammeAccess programmes,
                          Consumer<T> check, Consumer<T> store) {
        this.parser = parser;
        this.school = school;
        this.programmes = programmes;
        this.check = check;
        this.store = store;
    }

    @Override
    public T parse(RowValues cells) {
        Integer programme = cells.integer("programme_id", 1, Integer.MAX_VALUE);
        T record = parser.apply(cells);
        if (cells.valid() && record != null) {
            List<String> others = record.schoolsNamed().stream().filter(s -> !s.equals(school.apply(record))).toList();
            programmes.check(cells, programme, "school_code", school.apply(record), others.toArray(String[]::new));
        }
        return cells.valid() ? record : null;
    }

    @Override
    public void check(List<ParsedRow<T>> batch) {
        batch.forEach(row -> RecordImports.guard(row, () -> check.accept(row.value())));
    }

    @Override
    public void store(List<T> batch) {
        batch.forEach(store);
    }
}
