package org.junheng.assistance;

import java.time.LocalDate;
import java.util.List;

import org.junheng.importing.ParsedRow;
import org.junheng.importing.RowValues;
import org.junheng.importing.TemplateImport;

/** Rows of the {@code placements} template. */
final class PlacementsImport implements TemplateImport<Placement> {

    private final Assistance assistance;
    private final RecordImports.ProgrammeAccess programmes;

    PlacementsImport(Assistance assistance, RecordImports.ProgrammeAccess programmes) {
        this.assistance = assistance;
        this.programmes = programmes;
    }

    @Override
    public Placement parse(RowValues cells) {
        Integer programme = cells.integer("programme_id", 1, Integer.MAX_VALUE);
        PlacementKind kind = cells.choice(PlacementKind.class, "kind");
        String person = cells.text("person", 100);
        if (Assistance.holdsNationalId(person)) {
            cells.error("person", "person.national_id", person);
        }
        String from = cells.optionalText("from_school", 10);
        String to = cells.text("to_school", 10);
        LocalDate start = cells.date("start_date");
        LocalDate end = cells.date("end_date");
        if (start != null && end != null && end.isBefore(start)) {
            cells.error("end_date", "value.end_before_start", end.toString(), start.toString());
        }
        Integer batch = cells.integer("batch", 1, 1000);
        if (cells.valid()) {
            programmes.check(cells, programme, "to_school", to, from);
        }
        return cells.valid() ? new Placement(0, programme, kind, person, from, to, start, end, batch, 0) : null;
    }

    @Override
    public void check(List<ParsedRow<Placement>> batch) {
        batch.forEach(row -> RecordImports.guard(row, () -> assistance.check(row.value())));
    }

    @Override
    public void store(List<Placement> batch) {
        batch.forEach(assistance::place);
    }
}
