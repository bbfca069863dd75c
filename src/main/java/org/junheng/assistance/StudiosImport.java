package org.junheng.assistance;

import java.util.List;

import org.junheng.importing.ImportScope;
import org.junheng.importing.ParsedRow;
import org.junheng.importing.RowValues;
import org.junheng.importing.TemplateImport;

/** Rows of the {@code studios} template: a studio's school must lie within the importer's scope. */
final class StudiosImport implements TemplateImport<Studio> {

    private final Studios studios;
    private final RecordImports.ProgrammeAccess programmes;
    private final ImportScope scope;

    StudiosImport(Studios studios, RecordImports.ProgrammeAccess programmes, ImportScope scope) {
        this.studios = studios;
        this.programmes = programmes;
        this.scope = scope;
    }

    @Override
    public Studio parse(RowValues cells) {
        String name = cells.text("name", 200);
        StudioKind kind = cells.choice(StudioKind.class, "kind");
        OutcomeLevel level = cells.choice(OutcomeLevel.class, "level");
        String school = cells.text("school_code", 10);
        String leader = cells.optionalText("leader", 100);
        if (Assistance.holdsNationalId(leader)) {
            cells.error("leader", "person.national_id", leader);
        }
        Boolean movedDown = cells.flag("moved_down");
        Integer programme = cells.optionalInteger("programme_id", 1, Integer.MAX_VALUE);
        var setUpOn = cells.date("set_up_on");
        if (school != null && !scope.schoolAllowed().test(school)) {
            cells.error("school_code", "scope.school", school);
        }
        if (cells.valid() && programme != null && programmes.find(programme).isEmpty()) {
            cells.error("programme_id", "programme.unknown", String.valueOf(programme));
        }
        return cells.valid() ? new Studio(0, name, kind, level, school, leader, movedDown,
                programme == null ? null : programme.longValue(), setUpOn, 0) : null;
    }

    @Override
    public void check(List<ParsedRow<Studio>> batch) {
        batch.forEach(row -> RecordImports.guard(row, () -> studios.check(row.value())));
    }

    @Override
    public void store(List<Studio> batch) {
        batch.forEach(studios::setUp);
    }
}
