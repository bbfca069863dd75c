package org.junheng.assistance;

import java.util.List;

import org.junheng.registry.Registry;
import org.junheng.registry.School;
import org.junheng.security.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Entrusted management 托管 and friendship schools 友好学校. Audited. */
@Service
public class SchoolRelations {

    private final JdbcDevelopmentRepository repository;
    private final JdbcAssistanceRepository programmes;
    private final Registry registry;
    private final AuditTrail audit;

    SchoolRelations(JdbcDevelopmentRepository repository, JdbcAssistanceRepository programmes, Registry registry,
                    AuditTrail audit) {
        this.repository = repository;
        this.programmes = programmes;
        this.registry = registry;
        this.audit = audit;
    }

    /** @throws AssistanceRejected naming the field at fault; nothing is stored */
    @Transactional
    public SchoolRelation relate(SchoolRelation draft) {
        School school = check(draft);
        long id = repository.insertRelation(draft);
        SchoolRelation related = new SchoolRelation(id, draft.kind(), draft.schoolCode(), draft.partnerSchool(),
                draft.partnerOrganisation(), draft.programmeId(), draft.startDate(), draft.endDate());
        audit.record("create", "school_relation", String.valueOf(id), school.countyCode(), null, related);
        return related;
    }

    /**
     * Checks a relation as {@link #relate} would, without storing it.
     *
     * @return the school of the relation
     */
    public School check(SchoolRelation draft) {
        if (draft.kind() == null) {
            throw new AssistanceRejected("kind", "entrusted_management_or_friendship");
        }
        School school = draft.schoolCode() == null ? null : registry.findSchool(draft.schoolCode()).orElse(null);
        if (school == null) {
            throw new AssistanceRejected("schoolCode", "school_is_not_registered", draft.schoolCode());
        }
        if (draft.partnerSchool() == null && draft.partnerOrganisation() == null) {
            throw new AssistanceRejected("partnerSchool", "a_partner_school_or_organisation_is_required");
        }
        if (draft.kind() == RelationKind.FRIENDSHIP && draft.partnerSchool() == null) {
            throw new AssistanceRejected("partnerSchool", "friendship_schools_are_two_schools");
        }
        if (draft.partnerSchool() != null) {
            if (draft.partnerSchool().equals(draft.schoolCode())) {
                throw new AssistanceRejected("partnerSchool", "a_school_is_not_its_own_partner");
            }
            if (registry.findSchool(draft.partnerSchool()).isEmpty()) {
                throw new AssistanceRejected("partnerSchool", "school_is_not_registered", draft.partnerSchool());
            }
        }
        if (draft.partnerOrganisation() != null && repository.findOrganisationRegion(draft.partnerOrganisation()).isEmpty()) {
            throw new AssistanceRejected("partnerOrganisation", "no_organisation", draft.partnerOrganisation());
        }
        if (draft.programmeId() != null && programmes.findProgramme(draft.programmeId()).isEmpty()) {
            throw new AssistanceRejected("programmeId", "no_programme", draft.programmeId());
        }
        if (draft.startDate() == null) {
            throw new AssistanceRejected("startDate", "required");
        }
        if (draft.endDate() != null && draft.endDate().isBefore(draft.startDate())) {
            throw new AssistanceRejected("endDate", "ends_before_it_starts");
        }
        return school;
    }

    /** Relations with a school of a region (a code, or null for all) on either side. */
    public List<SchoolRelation> relations(String regionCode) {
        return repository.findRelations(Assistance.prefix(regionCode));
    }
}
