package org.junheng.assistance;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.junheng.importing.ContributedImport;
import org.junheng.importing.ImportScope;
import org.junheng.importing.ImportType;
import org.junheng.importing.ParsedRow;
import org.junheng.importing.RowValues;
import org.junheng.importing.TemplateImport;
import org.junheng.registry.Registry;
import org.junheng.registry.School;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The templates of assistance records — activities, placements, outcomes, needs, remote classrooms,
 * donations, pen-pal classes, studios and training: bureaus collect these records by
 * spreadsheet. Rows are parsed and checked as the API would check them, and a file with any error
 * stores nothing.
 */
@Configuration(proxyBeanMethods = false)
class RecordImports {

    @Bean
    ContributedImport activitiesImport(Assistance assistance, Registry registry) {
        return contributed(ImportType.ACTIVITIES, scope -> new ActivitiesImport(assistance, new ProgrammeAccess(assistance,
                registry, scope)));
    }

    @Bean
    ContributedImport placementsImport(Assistance assistance, Registry registry) {
        return contributed(ImportType.PLACEMENTS, scope -> new PlacementsImport(assistance, new ProgrammeAccess(assistance,
                registry, scope)));
    }

    @Bean
    ContributedImport outcomesImport(Assistance assistance, Registry registry) {
        return contributed(ImportType.OUTCOMES, scope -> new ProgrammeRecordImport<>(ProgrammeRecordRows::outcome,
                Outcome::schoolCode, new ProgrammeAccess(assistance, registry, scope), assistance::check,
                assistance::recordOutcome));
    }

    @Bean
    ContributedImport needsImport(Assistance assistance, Registry registry) {
        return contributed(ImportType.NEEDS, scope -> new ProgrammeRecordImport<>(ProgrammeRecordRows::need, Need::schoolCode,
                new ProgrammeAccess(assistance, registry, scope), assistance::checkNeed,
                n -> assistance.raiseNeed(n.programmeId(), n.schoolCode(), n.subject(), n.category(), n.description(),
                        n.raisedOn())));
    }

    @Bean
    ContributedImport remoteClassroomsImport(Outreach outreach, Assistance assistance, Registry registry) {
        return contributed(ImportType.REMOTE_CLASSROOMS, scope -> new ProgrammeRecordImport<>(
                ProgrammeRecordRows::remoteClassroom, RemoteClassroom::schoolCode, new ProgrammeAccess(assistance, registry,
                scope), outreach::check, outreach::open));
    }

    @Bean
    ContributedImport donationsImport(Outreach outreach, Assistance assistance, Registry registry) {
        return contributed(ImportType.DONATIONS, scope -> new ProgrammeRecordImport<>(ProgrammeRecordRows::donation,
                Donation::schoolCode, new ProgrammeAccess(assistance, registry, scope), outreach::check, outreach::record));
    }

    @Bean
    ContributedImport classPairingsImport(Outreach outreach, Assistance assistance, Registry registry) {
        return contributed(ImportType.CLASS_PAIRINGS, scope -> new ProgrammeRecordImport<>(ProgrammeRecordRows::classPairing,
                ClassPairing::schoolCode, new ProgrammeAccess(assistance, registry, scope), outreach::check, outreach::pair));
    }

    @Bean
    ContributedImport studiosImport(Studios studios, Assistance assistance, Registry registry) {
        return contributed(ImportType.STUDIOS, scope -> new StudiosImport(studios, new ProgrammeAccess(assistance, registry,
                scope), scope));
    }

    @Bean
    ContributedImport trainingImport(TeacherDevelopment development, Registry registry) {
        return contributed(ImportType.TRAINING, scope -> new TrainingImport(development, registry, scope));
    }

    private static ContributedImport contributed(ImportType type, Function<ImportScope, TemplateImport<?>> start) {
        return new ContributedImport() {
            @Override
            public ImportType type() {
                return type;
            }

            @Override
            public TemplateImport<?> start(ImportScope scope) {
                return start.apply(scope);
            }
        };
    }

    /**
     * The programmes rows of one file may name: those the importing user may see (owned by a region
     * within the scope, or with a school in it).
     */
    static final class ProgrammeAccess {

        private final Assistance assistance;
        private final Registry registry;
        private final ImportScope scope;
        private final Map<Long, Optional<Programme>> seen = new HashMap<>();

        ProgrammeAccess(Assistance assistance, Registry registry, ImportScope scope) {
            this.assistance = assistance;
            this.registry = registry;
            this.scope = scope;
        }

        Optional<Programme> find(long id) {
            return seen.computeIfAbsent(id, key -> assistance.programme(key).filter(this::visible));
        }

        private boolean visible(Programme programme) {
            if (scope.regionAllowed().test(programme.ownerRegion())) {
                return true;
            }
            List<String> codes = programme.schools().stream().map(Programme.Participant::schoolCode).toList();
            return registry.findSchools(codes).values().stream().map(School::countyCode)
                    .anyMatch(scope.regionAllowed());
        }

        /**
         * Checks the row's programme, that the school takes part in it and that the importing user may
         * write a record of it naming that school (or one of the others the record names); false after recording an error.
         */
        boolean check(RowValues cells, long programmeId, String schoolColumn, String schoolCode, String... otherSchools) {
            Optional<Programme> programme = find(programmeId);
            if (programme.isEmpty()) {
                cells.error("programme_id", "programme.unknown", String.valueOf(programmeId));
                return false;
            }
            if (programme.get().schools().stream().noneMatch(s -> s.schoolCode().equals(schoolCode))) {
                cells.error(schoolColumn, "programme.school_absent", schoolCode, String.valueOf(programmeId));
                return false;
            }
            String owner = programme.get().ownerRegion();
            if (!scope.recordAllowed().test(owner, schoolCode) && Arrays.stream(otherSchools)
                    .noneMatch(other -> other != null && scope.recordAllowed().test(owner, other))) {
                cells.error(schoolColumn, "scope.school", schoolCode);
                return false;
            }
            return true;
        }
    }

    /** The column of a template that holds a field of the API ({@code toSchool} → {@code to_school}). */
    static String column(String field) {
        return field.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }

    static <T> void guard(ParsedRow<T> row, Runnable check) {
        try {
            check.run();
        } catch (AssistanceRejected e) {
            row.cells().error(column(e.field()), "record.rejected",
                    e.messageIn(row.cells().englishMessages() ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE));
        }
    }
}
