package org.junheng.assistance;

import java.util.List;
import java.util.Optional;

import org.junheng.registry.Registry;
import org.junheng.registry.School;
import org.junheng.security.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Studios 名师工作室: set up at a school, within a programme or outside any. Audited. */
@Service
public class Studios {

    private final JdbcDevelopmentRepository repository;
    private final JdbcAssistanceRepository programmes;
    private final Registry registry;
    private final AuditTrail audit;

    Studios(JdbcDevelopmentRepository repository, JdbcAssistanceRepository programmes, Registry registry, AuditTrail audit) {
        this.repository = repository;
        this.programmes = programmes;
        this.registry = registry;
        this.audit = audit;
    }

    /** @throws AssistanceRejected naming the field at fault; nothing is stored */
    @Transactional
    public Studio setUp(Studio draft) {
        School school = check(draft);
        long id = repository.insertStudio(draft);
        Studio created = repository.findStudio(id).orElseThrow();
        audit.record("create", "studio", String.valueOf(id), school.countyCode(), null, created);
        return created;
    }

    /**
     * Checks a studio as {@link #setUp} would, without storing it.
     *
     * @return its school
     * @throws AssistanceRejected naming the field at fault
     */
    public School check(Studio draft) {
        if (draft.name() == null || draft.name().isBlank() || draft.name().length() > 200) {
            throw new AssistanceRejected("name", "a_name_of_at_most_characters_is_required");
        }
        if (draft.kind() == null) {
            throw new AssistanceRejected("kind", "famous_teacher_famous_principal_rural_chief_teacher_or");
        }
        if (draft.level() == null) {
            throw new AssistanceRejected("level", "school_county_city_province_or_national");
        }
        School school = draft.schoolCode() == null ? null : registry.findSchool(draft.schoolCode()).orElse(null);
        if (school == null) {
            throw new AssistanceRejected("schoolCode", "school_is_not_registered", draft.schoolCode());
        }
        Assistance.checkPerson("leader", draft.leader(), false);
        if (draft.programmeId() != null) {
            Programme programme = programmes.findProgramme(draft.programmeId())
                    .orElseThrow(() -> new AssistanceRejected("programmeId", "no_programme", draft.programmeId()));
            if (programme.schools().stream().noneMatch(s -> s.schoolCode().equals(draft.schoolCode()))) {
                throw new AssistanceRejected("schoolCode", "the_school_is_not_in_programme", draft.programmeId());
            }
        }
        if (draft.setUpOn() == null) {
            throw new AssistanceRejected("setUpOn", "required");
        }
        return school;
    }

    public Optional<Studio> studio(long id) {
        return repository.findStudio(id);
    }

    /** The studios at schools of a region (a code, or null for all). */
    public List<Studio> studios(String regionCode) {
        return repository.findStudios(Assistance.prefix(regionCode));
    }

    public List<Studio> studiosOf(long programmeId) {
        return repository.findStudiosOf(programmeId);
    }
}
