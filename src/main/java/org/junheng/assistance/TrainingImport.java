package org.junheng.assistance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junheng.importing.ImportScope;
import org.junheng.importing.ParsedRow;
import org.junheng.importing.RowValues;
import org.junheng.importing.TemplateImport;
import org.junheng.registry.Registry;

/** Rows of the {@code training} template: each teacher on the roster of a school within the importer's scope. */
final class TrainingImport implements TemplateImport<TrainingRecord> {

    private final TeacherDevelopment development;
    private final Registry registry;
    private final ImportScope scope;

    TrainingImport(TeacherDevelopment development, Registry registry, ImportScope scope) {
        this.development = development;
        this.registry = registry;
        this.scope = scope;
    }

    @Override
    public TrainingRecord parse(RowValues cells) {
        String teacher = cells.text("teacher_id", 64);
        String course = cells.text("course", 200);
        String provider = cells.optionalText("provider", 200);
        BigDecimal hours = cells.amount("hours");
        var completedOn = cells.date("completed_on");
        if (teacher != null) {
            Map<String, String> schools = registry.schoolsOfTeachers(List.of(teacher));
            String school = schools.get(teacher);
            if (school == null || !scope.schoolAllowed().test(school)) {
                cells.error("teacher_id", "teacher.unknown", teacher);
            }
        }
        return cells.valid() ? new TrainingRecord(0, teacher, course, provider, hours, completedOn) : null;
    }

    @Override
    public void check(List<ParsedRow<TrainingRecord>> batch) {
        batch.forEach(row -> RecordImports.guard(row, () -> development.check(row.value())));
    }

    @Override
    public void store(List<TrainingRecord> batch) {
        batch.forEach(development::recordTraining);
    }
}
