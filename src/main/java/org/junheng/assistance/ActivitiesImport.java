package org.junheng.assistance;

import java.math.BigDecimal;
import java.util.List;

import org.junheng.importing.ParsedRow;
import org.junheng.importing.RowValues;
import org.junheng.importing.TemplateImport;

/** Rows of the {@code activities} template. */
final class ActivitiesImport implements TemplateImport<Activity> {

    private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(1000);

    private final Assistance assistance;
    private final RecordImports.ProgrammeAccess programmes;

    ActivitiesImport(Assistance assistance, RecordImports.ProgrammeAccess programmes) {
        this.assistance = assistance;
        this.programmes = programmes;
    }

    @Override
    public Activity parse(RowValues cells) {
        Integer programme = cells.integer("programme_id", 1, Integer.MAX_VALUE);
        ActivityKind kind = cells.choice(ActivityKind.class, "kind");
        var heldOn = cells.date("held_on");
        String school = cells.text("school_code", 10);
        String people = cells.optionalText("people", 1000);
        if (Assistance.holdsNationalId(people)) {
            cells.error("people", "person.national_id", people);
        }
        BigDecimal hours = cells.amount("hours");
        if (hours != null && hours.compareTo(MAX_HOURS) > 0) {
            cells.error("hours", "value.range", hours.toPlainString(), "0", "1000");
        }
        Activity activity = new Activity(0, programme == null ? 0 : programme, kind, heldOn, school,
                cells.optionalText("place", 200), people, cells.optionalText("subjects", 400), orZero(cells.count("experts")),
                orZero(cells.count("teachers_reached")), orZero(cells.count("students_reached")), hours,
                cells.optionalText("notes", 4000), cells.optionalInteger("rating", 1, 5), cells.optionalText("feedback", 2000),
                0);
        if (cells.valid()) {
            programmes.check(cells, activity.programmeId(), "school_code", school);
        }
        return cells.valid() ? activity : null;
    }

    private static int orZero(Integer count) {
        return count == null ? 0 : count;
    }

    @Override
    public void check(List<ParsedRow<Activity>> batch) {
        batch.forEach(row -> RecordImports.guard(row, () -> assistance.check(row.value())));
    }

    @Override
    public void store(List<Activity> batch) {
        batch.forEach(assistance::record);
    }
}
