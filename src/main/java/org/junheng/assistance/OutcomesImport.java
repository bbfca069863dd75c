package org.junheng.assistance;

import java.time.LocalDate;
import java.util.List;

import org.junheng.importing.ParsedRow;
import org.junheng.importing.RowValues;
import org.junheng.importing.TemplateImport;

/** Rows of the {@code outcomes} template. */
final class OutcomesImport implements TemplateImport<Outcome> {

    private final Assistance assistance;
    private final RecordImports.ProgrammeAccess programmes;

    OutcomesImport(Assistance assistance, RecordImports.ProgrammeAccess programmes) {
        this.assistance = assistance;
        this.programmes = programmes;
    }

    @Override
    public Outcome parse(RowValues cells) {
        Integer programme = cells.integer("programme_id", 1, Integer.MAX_VALUE);
        OutcomeKind kind = cells.choice(OutcomeKind.class, "kind");
        OutcomeLevel level = cells.choice(OutcomeLevel.class, "level");
        String title = cells.text("title", 200);
        String school = cells.text("school_code", 10);
        String person = cells.optionalText("person", 100);
        if (Assistance.holdsNationalId(person)) {
            cells.error("person", "person.national_id", person);
        }
        LocalDate achievedOn = cells.date("achieved_on");
        Honour honour = cells.optionalChoice(Honour.class, "honour");
        Integer rank = cells.optionalInteger("rank", 1, 3);
        String project = cells.optionalText("project", 100);
        if (cells.valid()) {
            programmes.check(cells, programme, "school_code", school);
        }
        return cells.valid() ? new Outcome(0, programme, kind, level, title, school, person, achievedOn, honour, rank, project, 0)
                : null;
    }

    @Override
    public void check(List<ParsedRow<Outcome>> batch) {
        batch.forEach(row -> RecordImports.guard(row, () -> assistance.check(row.value())));
    }

    @Override
    public void store(List<Outcome> batch) {
        batch.forEach(assistance::recordOutcome);
    }
}
