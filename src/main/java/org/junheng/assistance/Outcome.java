package org.junheng.assistance;

import java.time.LocalDate;
import java.util.List;

/**
 * An outcome of a programme — an honour (e.g. provincial backbone teacher 省级骨干教师), a contest
 * award, a research project approved or completed — attributed to a school and, when personal, to a
 * person (name or pseudonymous id).
 *
 * @param honour  what an honour is (famous teacher, backbone teacher …); honours only
 * @param rank    a contest prize's rank, 1 to 3 (一、二、三等奖); contest awards only, may be unknown
 * @param project a research project's identity (e.g. its approval number): the approval and the
 *                completion of one project carry the same identity and count as one project
 */
public record Outcome(long id, long programmeId, OutcomeKind kind, OutcomeLevel level, String title, String schoolCode,
                      String person, LocalDate achievedOn, Honour honour, Integer rank, String project, int version)
        implements VersionedRecord {

    public Outcome(long id, long programmeId, OutcomeKind kind, OutcomeLevel level, String title, String schoolCode,
                   String person, LocalDate achievedOn, int version) {
        this(id, programmeId, kind, level, title, schoolCode, person, achievedOn, null, null, null, version);
    }

    /** These values under a stored outcome's identity, at the version the caller read. */
    Outcome identifiedAs(long storedId, long storedProgrammeId) {
        return new Outcome(storedId, storedProgrammeId, kind, level, title, schoolCode, person, achievedOn, honour, rank,
                project, version);
    }

    @Override
    public List<String> schoolsNamed() {
        return ProgrammeRecord.schools(schoolCode);
    }

    /** The project this outcome belongs to: its stated identity, or the record itself when none is given. */
    String projectIdentity() {
        return project == null || project.isBlank() ? "#" + id : project;
    }
}
