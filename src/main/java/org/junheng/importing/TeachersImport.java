package org.junheng.importing;

import java.time.Year;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junheng.registry.BackboneLevel;
import org.junheng.registry.Education;
import org.junheng.registry.Gender;
import org.junheng.registry.Registry;
import org.junheng.registry.School;
import org.junheng.registry.SchoolType;
import org.junheng.registry.Stage;
import org.junheng.registry.Subject;
import org.junheng.registry.Teacher;
import org.junheng.registry.Title;

/**
 * The {@code teachers} template: the roster of the schools it names. Importing it replaces those
 * schools' rosters.
 */
final class TeachersImport implements TemplateImport<Teacher> {

    /** A resident identity card number (GB 11643, 17 digits and a check character), alone or inside a longer id. */
    private static final Pattern NATIONAL_ID = Pattern.compile("(?<!\\d)\\d{17}[\\dXx](?![\\dXx])");

    private final Function<Collection<String>, Map<String, School>> schoolsByCode;
    private final Consumer<List<Teacher>> sink;
    private final ImportScope scope;
    private final Consumer<Collection<String>> countiesTouched;
    private final Map<String, Integer> firstRowOfTeacher = new HashMap<>();
    /** Where teachers are registered now, by id: an id of a school beyond the scope is not taken from it. */
    private Function<Collection<String>, Map<String, String>> registeredAt = ids -> Map.of();
    private Consumer<String> refused = county -> { };

    /** Imports into the registry, replacing the roster of each school the file names. */
    TeachersImport(Registry registry, ImportScope scope, Consumer<Collection<String>> countiesTouched,
                   Consumer<String> refused) {
        this(registry::findSchools, new RosterReplacement(registry), scope, countiesTouched);
        this.registeredAt = registry::schoolsOfTeachers;
        this.refused = refused;
    }

    /** Stores batches of teachers, clearing each school's old roster the first time the file names it. */
    private static final class RosterReplacement implements Consumer<List<Teacher>> {

        private final Registry registry;
        private final Set<String> clearedSchools = new HashSet<>();

        RosterReplacement(Registry registry) {
            this.registry = registry;
        }

        @Override
        public void accept(List<Teacher> batch) {
            Set<String> newSchools = batch.stream().map(Teacher::schoolCode).filter(clearedSchools::add)
                    .collect(Collectors.toSet());
            registry.clearTeachersOf(newSchools);
            registry.saveTeachers(batch);
        }
    }

    /**
     * @param schoolsByCode finds the schools a batch names
     * @param sink          takes each checked batch of a file still free of errors
     */
    TeachersImport(Function<Collection<String>, Map<String, School>> schoolsByCode, Consumer<List<Teacher>> sink,
                   ImportScope scope, Consumer<Collection<String>> countiesTouched) {
        this.schoolsByCode = schoolsByCode;
        this.sink = sink;
        this.scope = scope;
        this.countiesTouched = countiesTouched;
    }

    @Override
    public Teacher parse(RowValues cells) {
        String id = cells.text("teacher_id", 64);
        if (id != null && NATIONAL_ID.matcher(id).find()) {
            cells.error("teacher_id", "teacher.national_id", id.substring(0, 6) + "…");
        }
        String school = cells.text("school_code", 10);
        if (school != null && !SchoolStatsImport.isSchoolCode(school)) {
            cells.error("school_code", "value.school_code", school);
        }
        Stage stage = cells.choice(Stage.class, "stage");
        Subject subject = cells.choice(Subject.class, "subject");
        Gender gender = cells.choice(Gender.class, "gender");
        int thisYear = Year.now().getValue();
        Integer birthYear = cells.integer("birth_year", thisYear - 80, thisYear - 16);
        Education education = cells.choice(Education.class, "education");
        Title title = cells.choice(Title.class, "title");
        BackboneLevel backbone = cells.choice(BackboneLevel.class, "backbone_level");
        Boolean specialGrade = cells.flag("special_grade");
        Boolean subjectLeader = cells.flag("subject_leader");
        Integer yearsAtSchool = cells.integer("years_at_school", 0, 60);
        Integer ruralYears = cells.integer("rural_years", 0, 60);
        Boolean seekingSenior = cells.flag("seeking_senior_title");
        Boolean exempt = cells.flag("exempt");
        Boolean certified = cells.raw("certified") == null ? null : cells.flag("certified");
        if (!cells.valid()) {
            return null;
        }
        return new Teacher(id, school, stage, subject, gender, birthYear, education, title, backbone, specialGrade,
                subjectLeader, yearsAtSchool, ruralYears, seekingSenior, exempt, certified);
    }

    @Override
    public void check(List<ParsedRow<Teacher>> batch) {
        Set<String> codes = batch.stream().map(r -> r.value().schoolCode()).collect(Collectors.toSet());
        Map<String, String> currentSchools = registeredAt.apply(batch.stream().map(r -> r.value().teacherId()).toList());
        Set<String> allCodes = new HashSet<>(codes);
        allCodes.addAll(currentSchools.values());
        Map<String, School> schools = schoolsByCode.apply(allCodes);
        countiesTouched.accept(codes.stream().map(schools::get).filter(Objects::nonNull).map(School::countyCode).toList());
        for (ParsedRow<Teacher> row : batch) {
            Teacher teacher = row.value();
            Integer first = firstRowOfTeacher.putIfAbsent(teacher.teacherId(), row.rowNumber());
            if (first != null) {
                row.cells().error("teacher_id", "row.duplicate", String.valueOf(first), teacher.teacherId());
            }
            School school = schools.get(teacher.schoolCode());
            SchoolType type = school == null ? null : school.type();
            if (school == null || !scope.regionAllowed().test(school.countyCode())
                    || !scope.schoolAllowed().test(school.code())) {
                row.cells().error("school_code", "school.unknown", teacher.schoolCode());
                if (school != null) {
                    refused.accept(school.countyCode());
                }
            } else if (!withinScope(schools.get(currentSchools.get(teacher.teacherId())))) {
                row.cells().error("teacher_id", "teacher.registered_elsewhere", teacher.teacherId());
                refused.accept(schools.get(currentSchools.get(teacher.teacherId())).countyCode());
            } else if (!type.teaches(teacher.stage())) {
                boolean en = row.cells().englishMessages();
                row.cells().error("stage", "teacher.stage_mismatch", en ? teacher.stage().key() : teacher.stage().chineseName(),
                        teacher.schoolCode(), en ? type.key() : type.chineseName());
            }
        }
    }

    /** Whether a teacher now registered at this school (or at none) may be written by this import. */
    private boolean withinScope(School current) {
        return current == null || scope.regionAllowed().test(current.countyCode()) && scope.schoolAllowed().test(current.code());
    }

    @Override
    public void store(List<Teacher> batch) {
        sink.accept(batch);
    }
}
