package org.junheng.assistance;

import java.util.List;
import java.util.Optional;

import org.junheng.registry.PageOf;
import org.junheng.registry.Registry;
import org.junheng.security.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people outside the teacher roster and the organisations that take part in assistance, and
 * their membership of programmes (e.g. the three researchers of a liaison team, the training
 * institution of a "1+1+N" group). Every change is audited.
 */
@Service
public class People {

    private final JdbcPeopleRepository repository;
    private final JdbcAssistanceRepository programmes;
    private final Registry registry;
    private final AuditTrail audit;

    People(JdbcPeopleRepository repository, JdbcAssistanceRepository programmes, Registry registry, AuditTrail audit) {
        this.repository = repository;
        this.programmes = programmes;
        this.registry = registry;
        this.audit = audit;
    }

    @Transactional
    public Organisation register(Organisation draft) {
        checkOrganisation(draft);
        Organisation created = repository.findOrganisation(repository.insertOrganisation(draft)).orElseThrow();
        audit.record("create", "organisation", String.valueOf(created.id()), created.regionCode(), null, created);
        return created;
    }

    /** @throws StaleRecord when it was changed since the caller read it at {@code changed.version()} */
    @Transactional
    public Organisation update(long id, Organisation changed) {
        Organisation before = organisation(id).orElseThrow(() -> new AssistanceRejected("id", "no_organisation", id));
        Organisation draft = new Organisation(id, changed.name(), changed.kind(), changed.regionCode(), changed.version());
        checkOrganisation(draft);
        if (!repository.updateOrganisation(draft)) {
            throw new StaleRecord("organisation", id);
        }
        Organisation after = organisation(id).orElseThrow();
        audit.record("update", "organisation", String.valueOf(id), after.regionCode(), before, after);
        return after;
    }

    private void checkOrganisation(Organisation o) {
        name(o.name(), 200);
        if (o.kind() == null) {
            throw new AssistanceRejected("kind", "university_training_institution_research_office_party_branch_bureau");
        }
        region(o.regionCode());
    }

    public Optional<Organisation> organisation(long id) {
        return repository.findOrganisation(id);
    }

    /** Organisations registered in a region (a code, or null for all). */
    public PageOf<Organisation> organisations(String regionCode, int page, int size) {
        return repository.findOrganisations(Assistance.prefix(regionCode), page, size);
    }

    @Transactional
    public Person register(Person draft) {
        checkPerson(draft);
        Person created = repository.findPerson(repository.insertPerson(draft)).orElseThrow();
        audit.record("create", "person", String.valueOf(created.id()), created.regionCode(), null, created);
        return created;
    }

    /** @throws StaleRecord when it was changed since the caller read it at {@code changed.version()} */
    @Transactional
    public Person update(long id, Person changed) {
        Person before = person(id).orElseThrow(() -> new AssistanceRejected("id", "no_person", id));
        Person draft = new Person(id, changed.name(), changed.kind(), changed.position(), changed.organisationId(),
                changed.regionCode(), changed.version());
        checkPerson(draft);
        if (!repository.updatePerson(draft)) {
            throw new StaleRecord("person", id);
        }
        Person after = person(id).orElseThrow();
        audit.record("update", "person", String.valueOf(id), after.regionCode(), before, after);
        return after;
    }

    private void checkPerson(Person p) {
        name(p.name(), 100);
        if (p.kind() == null) {
            throw new AssistanceRejected("kind", "researcher_expert_cadre_principal_or_other");
        }
        if (p.position() != null && p.position().length() > 100) {
            throw new AssistanceRejected("position", "at_most_characters");
        }
        if (p.organisationId() != null && repository.findOrganisation(p.organisationId()).isEmpty()) {
            throw new AssistanceRejected("organisationId", "no_organisation", p.organisationId());
        }
        region(p.regionCode());
    }

    public Optional<Person> person(long id) {
        return repository.findPerson(id);
    }

    /** People registered in a region (a code, or null for all), of a kind (or any). */
    public PageOf<Person> people(String regionCode, PersonKind kind, int page, int size) {
        return repository.findPeople(Assistance.prefix(regionCode), kind, page, size);
    }

    /** Adds a person or an organisation (exactly one) to a programme. */
    @Transactional
    public Member join(Member draft) {
        Programme programme = programmes.findProgramme(draft.programmeId())
                .orElseThrow(() -> new AssistanceRejected("programmeId", "no_programme", draft.programmeId()));
        if ((draft.personId() == null) == (draft.organisationId() == null)) {
            throw new AssistanceRejected("personId", "a_member_is_a_person_or_an_organisation");
        }
        if (draft.personId() != null && person(draft.personId()).isEmpty()) {
            throw new AssistanceRejected("personId", "no_person", draft.personId());
        }
        if (draft.organisationId() != null && organisation(draft.organisationId()).isEmpty()) {
            throw new AssistanceRejected("organisationId", "no_organisation", draft.organisationId());
        }
        if (draft.role() == null) {
            throw new AssistanceRejected("role", "team_leader_team_member_expert_training_institution_or");
        }
        if (members(programme.id()).stream().anyMatch(m -> java.util.Objects.equals(m.personId(), draft.personId())
                && java.util.Objects.equals(m.organisationId(), draft.organisationId()))) {
            throw new AssistanceRejected(draft.personId() != null ? "personId" : "organisationId", "already_a_member");
        }
        long id = repository.insertMember(draft);
        Member member = new Member(id, draft.programmeId(), draft.personId(), draft.organisationId(), draft.role());
        audit.record("create", "programme_member", String.valueOf(id), programme.ownerRegion(), null, member);
        return member;
    }

    public List<Member> members(long programmeId) {
        return repository.findMembers(programmeId);
    }

    private static void name(String name, int max) {
        if (name == null || name.isBlank() || name.length() > max) {
            throw new AssistanceRejected("name", "a_name_of_at_most_characters_is_required_2", max);
        }
        if (Assistance.holdsNationalId(name)) {
            throw new AssistanceRejected("name", "never_a_national_id_number");
        }
    }

    private void region(String code) {
        if (code == null || !org.junheng.registry.RegionCode.isValid(code) || registry.findRegion(code).isEmpty()) {
            throw new AssistanceRejected("regionCode", "a_registered_region_code_is_required");
        }
    }
}
