package org.junheng.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junheng.registry.PageOf;
import org.junheng.registry.Registry;
import org.junheng.security.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What programmes set up beyond visits and placements: Internet+ classrooms 三个课堂, donations,
 * and pen-pal classes 手拉手 (counted in student pairs per class, never by child). Audited.
 */
@Service
public class Outreach {

    private static final BigDecimal MAX_VALUE = new BigDecimal("1e12");

    private final JdbcAssistanceRepository repository;
    private final Registry registry;
    private final AuditTrail audit;

    Outreach(JdbcAssistanceRepository repository, Registry registry, AuditTrail audit) {
        this.repository = repository;
        this.registry = registry;
        this.audit = audit;
    }

    @Transactional
    public RemoteClassroom open(RemoteClassroom draft) {
        Programme programme = check(draft);
        long id = repository.insertRemoteClassroom(draft);
        RemoteClassroom opened = new RemoteClassroom(id, draft.programmeId(), draft.schoolCode(), draft.partnerSchool(),
                draft.kind(), draft.openedOn());
        audit.record("create", "remote_classroom", String.valueOf(id), programme.ownerRegion(), null, opened);
        return opened;
    }

    public List<RemoteClassroom> remoteClassrooms(long programmeId) {
        return repository.findRemoteClassrooms(programmeId);
    }

    public List<Donation> donations(long programmeId) {
        return repository.findDonations(programmeId);
    }

    public List<ClassPairing> classPairings(long programmeId) {
        return repository.findClassPairings(programmeId);
    }

    public PageOf<RemoteClassroom> remoteClassrooms(RecordFilter filter, int page, int size) {
        return repository.findRemoteClassrooms(filter, page, size);
    }

    /**
     * Checks a remote classroom as {@link #open} would, without storing it.
     *
     * @return its programme
     * @throws AssistanceRejected naming the field at fault
     */
    public Programme check(RemoteClassroom draft) {
        Programme programme = programme(draft.programmeId(), draft.schoolCode());
        if (draft.kind() == null) {
            throw new AssistanceRejected("kind", "delivered_class_master_teacher_class_or_online_school");
        }
        partner("partnerSchool", draft.partnerSchool(), false);
        date("openedOn", draft.openedOn());
        return programme;
    }

    @Transactional
    public Donation record(Donation draft) {
        Programme programme = check(draft);
        long id = repository.insertDonation(draft);
        Donation recorded = new Donation(id, draft.programmeId(), draft.schoolCode(), draft.donor(), draft.items(),
                draft.valueYuan(), draft.donatedOn());
        audit.record("create", "donation", String.valueOf(id), programme.ownerRegion(), null, recorded);
        return recorded;
    }

    public PageOf<Donation> donations(RecordFilter filter, int page, int size) {
        return repository.findDonations(filter, page, size);
    }

    /** Checks a donation as {@link #record} would, without storing it; its programme. */
    public Programme check(Donation draft) {
        Programme programme = programme(draft.programmeId(), draft.schoolCode());
        text("donor", draft.donor(), 200);
        text("items", draft.items(), 1000);
        if (draft.valueYuan() == null || draft.valueYuan().signum() < 0 || draft.valueYuan().compareTo(MAX_VALUE) >= 0
                || draft.valueYuan().scale() > 2) {
            throw new AssistanceRejected("valueYuan", "a_value_in_yuan_or_more_at_most");
        }
        date("donatedOn", draft.donatedOn());
        return programme;
    }

    @Transactional
    public ClassPairing pair(ClassPairing draft) {
        Programme programme = check(draft);
        long id = repository.insertClassPairing(draft);
        ClassPairing paired = new ClassPairing(id, draft.programmeId(), draft.schoolCode(), draft.className(),
                draft.partnerSchool(), draft.partnerClass(), draft.studentPairs(), draft.pairedOn());
        audit.record("create", "class_pairing", String.valueOf(id), programme.ownerRegion(), null, paired);
        return paired;
    }

    /** Checks a pen-pal class pairing as {@link #pair} would, without storing it; its programme. */
    public Programme check(ClassPairing draft) {
        Programme programme = programme(draft.programmeId(), draft.schoolCode());
        text("className", draft.className(), 40);
        partner("partnerSchool", draft.partnerSchool(), true);
        text("partnerClass", draft.partnerClass(), 40);
        if (draft.studentPairs() < 1 || draft.studentPairs() > 200) {
            throw new AssistanceRejected("studentPairs", "to_pairs_in_a_class");
        }
        date("pairedOn", draft.pairedOn());
        return programme;
    }

    public PageOf<ClassPairing> classPairings(RecordFilter filter, int page, int size) {
        return repository.findClassPairings(filter, page, size);
    }

    private Programme programme(long programmeId, String schoolCode) {
        Programme programme = repository.findProgramme(programmeId)
                .orElseThrow(() -> new AssistanceRejected("programmeId", "no_programme", programmeId));
        if (schoolCode == null || programme.schools().stream().noneMatch(s -> s.schoolCode().equals(schoolCode))) {
            throw new AssistanceRejected("schoolCode", "the_school_must_be_in_the_programme");
        }
        return programme;
    }

    private void partner(String field, String schoolCode, boolean required) {
        if (schoolCode == null) {
            if (required) {
                throw new AssistanceRejected(field, "required");
            }
            return;
        }
        if (registry.findSchool(schoolCode).isEmpty()) {
            throw new AssistanceRejected(field, "school_is_not_registered", schoolCode);
        }
    }

    private static void text(String field, String value, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new AssistanceRejected(field, "required_at_most_characters", max);
        }
    }

    private static void date(String field, LocalDate date) {
        if (date == null) {
            throw new AssistanceRejected(field, "required");
        }
    }
}
