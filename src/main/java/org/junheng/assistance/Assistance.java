package org.junheng.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junheng.registry.PageOf;
import org.junheng.registry.RegionCode;
import org.junheng.registry.Registry;
import org.junheng.registry.School;
import org.junheng.registry.SchoolQuery;
import org.junheng.registry.SchoolType;
import org.junheng.security.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assistance module's API: programmes with their schools, the needs raised in them and their
 * fate, the people placed, and the figures that summarise a programme. Every change is audited.
 */
@Service
public class Assistance {

    private static final Pattern NATIONAL_ID = Pattern.compile("(?<!\\d)\\d{17}[\\dXx](?![\\dXx])");

    private final JdbcAssistanceRepository repository;
    private final JdbcDevelopmentRepository development;
    private final Registry registry;
    private final AuditTrail audit;
    private final RecordKind<Activity> activities;
    private final RecordKind<Placement> placements;
    private final RecordKind<Outcome> outcomes;

    Assistance(JdbcAssistanceRepository repository, JdbcDevelopmentRepository development, Registry registry,
               AuditTrail audit) {
        this.repository = repository;
        this.development = development;
        this.registry = registry;
        this.audit = audit;
        this.activities = new RecordKind<>("activity", repository::findActivity, repository::insertActivity,
                repository::updateActivity, this::checkActivity, Activity::identifiedAs);
        this.placements = new RecordKind<>("placement", repository::findPlacement, repository::insertPlacement,
                repository::updatePlacement, this::checkPlacement, Placement::identifiedAs);
        this.outcomes = new RecordKind<>("outcome", repository::findOutcome, repository::insertOutcome,
                repository::updateOutcome, this::checkOutcome, Outcome::identifiedAs);
    }

    /**
     * How one kind of versioned record is stored and checked: each is created and updated the same way
     * (checked against its programme, stored, read back, put on the audit trail).
     */
    private record RecordKind<R extends VersionedRecord>(String name, LongFunction<Optional<R>> find,
                                                         ToLongFunction<R> insert, Predicate<R> update,
                                                         BiConsumer<Programme, R> check, Identified<R> identified) {
    }

    /** A record's new values under the identity of the stored one. */
    private interface Identified<R> {
        R as(R changed, long id, long programmeId);
    }

    private <R extends VersionedRecord> R create(RecordKind<R> kind, R draft) {
        Programme programme = programmeOf(draft.programmeId());
        kind.check().accept(programme, draft);
        long id = kind.insert().applyAsLong(draft);
        R created = kind.find().apply(id).orElseThrow();
        audit.record("create", kind.name(), String.valueOf(id), programme.ownerRegion(), null, created);
        return created;
    }

    /** Deletes a record at the version its remover read; false when it changed since. */
    private interface Removal {
        boolean remove(long id, int version);
    }

    private <R extends VersionedRecord> void withdraw(RecordKind<R> kind, long id, int expectedVersion, Removal removal) {
        R before = kind.find().apply(id).orElseThrow(() -> new AssistanceRejected("id", "no", kind.name(), id));
        Programme programme = programmeOf(before.programmeId());
        if (!removal.remove(id, expectedVersion)) {
            throw new StaleRecord(kind.name(), id);
        }
        audit.record("withdraw", kind.name(), String.valueOf(id), programme.ownerRegion(), before, null);
    }

    private <R extends VersionedRecord> R update(RecordKind<R> kind, long id, R changed) {
        R before = kind.find().apply(id).orElseThrow(() -> new AssistanceRejected("id", "no", kind.name(), id));
        Programme programme = programmeOf(before.programmeId());
        R draft = kind.identified().as(changed, id, before.programmeId());
        kind.check().accept(programme, draft);
        if (!kind.update().test(draft)) {
            throw new StaleRecord(kind.name(), id);
        }
        R after = kind.find().apply(id).orElseThrow();
        audit.record("update", kind.name(), String.valueOf(id), programme.ownerRegion(), before, after);
        return after;
    }

    @Transactional
    public Programme createProgramme(Programme draft) {
        checkProgramme(draft);
        long id = repository.insertProgramme(draft);
        Programme created = repository.findProgramme(id).orElseThrow();
        audit.record("create", "programme", String.valueOf(id), created.ownerRegion(), null, created);
        return created;
    }

    /**
     * Changes a programme (not its kind) if it is still at the version the caller saw. A school with
     * records in the programme cannot be taken out of it.
     *
     * @throws StaleRecord when it was changed since
     */
    @Transactional
    public Programme updateProgramme(long id, Programme changed) {
        Programme before = repository.findProgramme(id).orElseThrow(() -> new AssistanceRejected("id", "no_programme", id));
        if (changed.kind() != null && changed.kind() != before.kind()) {
            throw new AssistanceRejected("kind", "the_kind_of_a_programme_cannot_change");
        }
        Programme draft = new Programme(id, before.kind(), changed.name(), changed.ownerRegion(), changed.communityType(),
                changed.startDate(), changed.endDate(), changed.goals(), changed.measures(), changed.schools(),
                changed.version());
        checkProgramme(draft);
        Set<String> staying = draft.schools().stream().map(Programme.Participant::schoolCode).collect(Collectors.toSet());
        for (String school : repository.schoolsWithRecords(id)) {
            if (!staying.contains(school)) {
                throw new AssistanceRejected("schools", "school_has_records_in_this_programme_and_must", school);
            }
        }
        if (!repository.updateProgramme(draft)) {
            throw new StaleRecord("programme", id);
        }
        Programme after = repository.findProgramme(id).orElseThrow();
        audit.record("update", "programme", String.valueOf(id), after.ownerRegion(), before, after);
        return after;
    }

    /**
     * Hands a programme to another owner region, if it is still at the version the caller saw; put
     * on the trail of both the old and the new owner.
     *
     * @throws StaleRecord when it was changed since
     */
    @Transactional
    public Programme transferProgramme(long id, String newOwner, int expectedVersion) {
        Programme before = programmeOf(id);
        Programme draft = new Programme(id, before.kind(), before.name(), newOwner, before.communityType(),
                before.startDate(), before.endDate(), before.goals(), before.measures(), before.schools(), expectedVersion);
        checkProgramme(draft);
        if (!repository.updateProgramme(draft)) {
            throw new StaleRecord("programme", id);
        }
        Programme after = repository.findProgramme(id).orElseThrow();
        audit.record("transfer", "programme", String.valueOf(id), before.ownerRegion(), before, after);
        if (!newOwner.equals(before.ownerRegion())) {
            audit.record("transfer", "programme", String.valueOf(id), newOwner, before, after);
        }
        return after;
    }

    private void checkProgramme(Programme p) {
        if (p.kind() == null) {
            throw new AssistanceRejected("kind", "pairing_community_liaison_or_group");
        }
        if (p.name() == null || p.name().isBlank() || p.name().length() > 200) {
            throw new AssistanceRejected("name", "a_name_of_at_most_characters_is_required");
        }
        if (p.ownerRegion() == null || !RegionCode.isValid(p.ownerRegion()) || registry.findRegion(p.ownerRegion()).isEmpty()) {
            throw new AssistanceRejected("ownerRegion", "a_registered_region_code_is_required");
        }
        if (p.startDate() == null) {
            throw new AssistanceRejected("startDate", "required");
        }
        if (p.endDate() != null && p.endDate().isBefore(p.startDate())) {
            throw new AssistanceRejected("endDate", "ends_before_it_starts");
        }
        if (p.schools() == null || p.schools().isEmpty()) {
            throw new AssistanceRejected("schools", "a_programme_needs_its_schools");
        }
        Map<String, School> known = registry.findSchools(p.schools().stream().map(Programme.Participant::schoolCode).toList());
        Set<String> listed = new java.util.HashSet<>();
        for (Programme.Participant s : p.schools()) {
            if (!listed.add(s.schoolCode())) {
                School twice = known.get(s.schoolCode());
                throw new AssistanceRejected("schools", "school_is_listed_twice",
                        twice == null ? s.schoolCode() : twice.name() + " " + s.schoolCode());
            }
            if (!known.containsKey(s.schoolCode())) {
                throw new AssistanceRejected("schools", "school_is_not_registered", s.schoolCode());
            }
            if (s.role() == null) {
                throw new AssistanceRejected("schools", "school_needs_a_role", s.schoolCode());
            }
            if (s.area() != null && s.area().length() > 40) {
                throw new AssistanceRejected("schools", "the_area_of_school_has_at_most_characters", s.schoolCode());
            }
        }
        Map<SchoolRole, Long> roles = p.schools().stream()
                .collect(Collectors.groupingBy(Programme.Participant::role, Collectors.counting()));
        switch (p.kind()) {
            case PAIRING, GROUP -> {
                if (roles.getOrDefault(SchoolRole.HELPER, 0L) == 0 || roles.getOrDefault(SchoolRole.HELPED, 0L) == 0) {
                    throw new AssistanceRejected("schools", "needs_at_least_one_helper_and_one_helped");
                }
            }
            case COMMUNITY -> {
                if (roles.getOrDefault(SchoolRole.LEAD, 0L) != 1 || p.communityType() == null) {
                    throw new AssistanceRejected("schools", "an_education_community_has_one_lead_school_and");
                }
            }
            case LIAISON -> {
                if (roles.getOrDefault(SchoolRole.HELPED, 0L) == 0) {
                    throw new AssistanceRejected("schools", "a_liaison_team_needs_the_schools_it_is");
                }
            }
            case COUNTY_ROTATION -> {
                if (roles.getOrDefault(SchoolRole.MEMBER, 0L) < 2 || roles.size() > 1) {
                    throw new AssistanceRejected("schools", "a_county_rotation_has_two_or_more_member");
                }
            }
        }
    }

    public Optional<Programme> programme(long id) {
        return repository.findProgramme(id);
    }

    /** Programmes owned by a region or with a school in it (a region code, or null for all), or with one school. */
    public List<Programme> programmes(String regionCode, String schoolCode) {
        return repository.findProgrammes(prefix(regionCode), schoolCode);
    }

    @Transactional
    public Need raiseNeed(long programmeId, String schoolCode, String subject, String category, String description,
                          LocalDate raisedOn) {
        Need draft = new Need(0, programmeId, schoolCode, subject, category, description, NeedState.OPEN,
                raisedOn == null ? LocalDate.now() : raisedOn, 0);
        Programme programme = checkNeed(draft);
        Need need = repository.findNeed(repository.insertNeed(draft)).orElseThrow();
        audit.record("create", "need", String.valueOf(need.id()), programme.ownerRegion(), null, need);
        return need;
    }

    /**
     * Checks a need as {@link #raiseNeed} would, without storing it.
     *
     * @return its programme
     * @throws AssistanceRejected naming the field at fault
     */
    public Programme checkNeed(Need draft) {
        Programme programme = programmeOf(draft.programmeId());
        if (draft.schoolCode() == null || !inProgramme(programme, draft.schoolCode())) {
            throw new AssistanceRejected("schoolCode", "the_school_is_not_in_this_programme");
        }
        if (draft.category() == null || draft.category().isBlank() || draft.category().length() > 40) {
            throw new AssistanceRejected("category", "required_e_g_teaching_management_research_at_most");
        }
        if (draft.subject() != null && draft.subject().length() > 40) {
            throw new AssistanceRejected("subject", "at_most_characters_3");
        }
        if (draft.description() == null || draft.description().isBlank() || draft.description().length() > 2000) {
            throw new AssistanceRejected("description", "a_description_of_at_most_characters_is_required");
        }
        return programme;
    }

    public Optional<Need> need(long id) {
        return repository.findNeed(id);
    }

    public List<Need> needs(long programmeId) {
        return repository.findNeeds(programmeId);
    }

    /**
     * Moves a need one step on (open → planned → addressed → confirmed).
     *
     * @param expectedVersion the version the caller saw
     * @throws StaleRecord when it was changed since
     */
    @Transactional
    public Need moveNeed(long id, NeedState to, int expectedVersion) {
        Need need = repository.findNeed(id).orElseThrow(() -> new AssistanceRejected("id", "no_need", id));
        if (to == null || !need.state().canMoveTo(to)) {
            throw new AssistanceRejected("state", "a_need_in_state_moves_only_to_the", need.state().key());
        }
        if (!repository.updateNeedState(id, to, expectedVersion)) {
            throw new StaleRecord("need", id);
        }
        Need moved = repository.findNeed(id).orElseThrow();
        Programme programme = repository.findProgramme(need.programmeId()).orElseThrow();
        audit.record("update", "need", String.valueOf(id), programme.ownerRegion(), need, moved);
        return moved;
    }

    @Transactional
    public Placement place(Placement draft) {
        return create(placements, draft);
    }

    /** @throws StaleRecord when the placement was changed since the caller read it at {@code changed.version()} */
    @Transactional
    public Placement updatePlacement(long id, Placement changed) {
        return update(placements, id, changed);
    }

    /**
     * Withdraws a placement recorded in error, if nobody changed it since the caller read it; it no
     * longer counts in any figure, and the audit trail keeps what it was.
     *
     * @throws StaleRecord when it was changed since
     */
    @Transactional
    public void withdrawPlacement(long id, int expectedVersion) {
        withdraw(placements, id, expectedVersion, repository::deletePlacement);
    }

    private void checkPlacement(Programme programme, Placement draft) {
        if (draft.kind() == null) {
            throw new AssistanceRejected("kind", "support_teaching_shadowing_secondment_or_rotation");
        }
        checkPerson("person", draft.person(), true);
        if (draft.toOrganisation() != null) {
            if (draft.kind() != PlacementKind.SECONDMENT) {
                throw new AssistanceRejected("toOrganisation", "only_a_secondment_is_to_an_organisation");
            }
            if (draft.toSchool() != null) {
                throw new AssistanceRejected("toSchool", "a_secondment_is_to_a_school_or_to");
            }
            if (development.findOrganisationRegion(draft.toOrganisation()).isEmpty()) {
                throw new AssistanceRejected("toOrganisation", "no_organisation", draft.toOrganisation());
            }
        } else if (draft.toSchool() == null || !inProgramme(programme, draft.toSchool())) {
            throw new AssistanceRejected("toSchool", "the_receiving_school_must_be_in_the_programme");
        }
        if (draft.fromSchool() != null && registry.findSchool(draft.fromSchool()).isEmpty()) {
            throw new AssistanceRejected("fromSchool", "school_is_not_registered", draft.fromSchool());
        }
        if (draft.startDate() == null || draft.endDate() == null) {
            throw new AssistanceRejected("startDate", "a_start_and_an_end_date_are_required");
        }
        if (draft.endDate().isBefore(draft.startDate())) {
            throw new AssistanceRejected("endDate", "ends_before_it_starts");
        }
        if (draft.batch() < 1 || draft.batch() > 1000) {
            throw new AssistanceRejected("batch", "batches_are_numbered_from");
        }
    }

    static void checkPerson(String field, String person, boolean required) {
        if (person == null || person.isBlank()) {
            if (required) {
                throw new AssistanceRejected(field, "a_name_or_pseudonymous_id_is_required");
            }
            return;
        }
        if (person.length() > 100) {
            throw new AssistanceRejected(field, "at_most_characters");
        }
        if (holdsNationalId(person)) {
            throw new AssistanceRejected(field, "never_a_national_id_number");
        }
    }

    /**
     * Checks a placement as {@link #place} would, without storing it.
     *
     * @throws AssistanceRejected naming the field at fault
     */
    public void check(Placement draft) {
        checkPlacement(programmeOf(draft.programmeId()), draft);
    }

    /**
     * Checks an activity as {@link #record} would, without storing it.
     *
     * @throws AssistanceRejected naming the field at fault
     */
    public void check(Activity draft) {
        checkActivity(programmeOf(draft.programmeId()), draft);
    }

    /**
     * Checks an outcome as {@link #recordOutcome} would, without storing it.
     *
     * @throws AssistanceRejected naming the field at fault
     */
    public void check(Outcome draft) {
        checkOutcome(programmeOf(draft.programmeId()), draft);
    }

    /** Whether a text holds something shaped like an 18-digit national ID number, which Junheng never stores. */
    public static boolean holdsNationalId(String text) {
        return text != null && NATIONAL_ID.matcher(text).find();
    }

    public Optional<Placement> placement(long id) {
        return repository.findPlacement(id);
    }

    public List<Placement> placements(long programmeId) {
        return repository.findPlacements(programmeId);
    }

    public PageOf<Placement> placements(RecordFilter filter, int page, int size) {
        return repository.findPlacements(filter, page, size);
    }

    @Transactional
    public Activity record(Activity draft) {
        return create(activities, draft);
    }

    /** @throws StaleRecord when the activity was changed since the caller read it at {@code changed.version()} */
    @Transactional
    public Activity updateActivity(long id, Activity changed) {
        return update(activities, id, changed);
    }

    private void checkActivity(Programme programme, Activity draft) {
        if (draft.kind() == null) {
            throw new AssistanceRejected("kind", "an_activity_kind_is_required");
        }
        if (draft.heldOn() == null) {
            throw new AssistanceRejected("heldOn", "required");
        }
        if (draft.schoolCode() == null || !inProgramme(programme, draft.schoolCode())) {
            throw new AssistanceRejected("schoolCode", "the_school_must_be_in_the_programme");
        }
        if (draft.experts() < 0 || draft.teachersReached() < 0 || draft.studentsReached() < 0) {
            throw new AssistanceRejected("teachersReached", "counts_cannot_be_negative");
        }
        if (draft.hours() == null || draft.hours().signum() < 0 || draft.hours().compareTo(BigDecimal.valueOf(1000)) > 0) {
            throw new AssistanceRejected("hours", "hours");
        }
        if (draft.rating() != null && (draft.rating() < 1 || draft.rating() > 5)) {
            throw new AssistanceRejected("rating", "a_rating_is_to");
        }
        length("place", draft.place(), 200);
        length("people", draft.people(), 1000);
        length("subjects", draft.subjects(), 400);
        length("notes", draft.notes(), 4000);
        length("feedback", draft.feedback(), 2000);
        if (holdsNationalId(draft.people())) {
            throw new AssistanceRejected("people", "never_a_national_id_number");
        }
    }

    private static void length(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new AssistanceRejected(field, "at_most_characters_4", max);
        }
    }

    public Optional<Activity> activity(long id) {
        return repository.findActivity(id);
    }

    public List<Activity> activities(long programmeId) {
        return repository.findActivities(programmeId);
    }

    public PageOf<Activity> activities(RecordFilter filter, int page, int size) {
        return repository.findActivities(filter, page, size);
    }

    @Transactional
    public Outcome recordOutcome(Outcome draft) {
        return create(outcomes, draft);
    }

    /** @throws StaleRecord when the outcome was changed since the caller read it at {@code changed.version()} */
    @Transactional
    public Outcome updateOutcome(long id, Outcome changed) {
        return update(outcomes, id, changed);
    }

    private void checkOutcome(Programme programme, Outcome draft) {
        if (draft.kind() == null) {
            throw new AssistanceRejected("kind", "honour_contest_award_research_approved_research_completed_or");
        }
        if (draft.level() == null) {
            throw new AssistanceRejected("level", "school_county_city_province_or_national");
        }
        if (draft.title() == null || draft.title().isBlank() || draft.title().length() > 200) {
            throw new AssistanceRejected("title", "a_title_of_at_most_characters_is_required");
        }
        if (draft.schoolCode() == null || !inProgramme(programme, draft.schoolCode())) {
            throw new AssistanceRejected("schoolCode", "the_school_must_be_in_the_programme");
        }
        checkPerson("person", draft.person(), false);
        if (draft.achievedOn() == null) {
            throw new AssistanceRejected("achievedOn", "required");
        }
        if (draft.achievedOn().isBefore(programme.startDate())) {
            throw new AssistanceRejected("achievedOn", "before_the_programme_started");
        }
        if (draft.honour() != null && draft.kind() != OutcomeKind.HONOUR) {
            throw new AssistanceRejected("honour", "only_an_honour_says_what_honour_it_is");
        }
        if (draft.rank() != null && (draft.kind() != OutcomeKind.CONTEST_AWARD || draft.rank() < 1 || draft.rank() > 3)) {
            throw new AssistanceRejected("rank", "a_contest_prize_s_rank_is_or_first");
        }
        if (draft.project() != null && !draft.project().isBlank()) {
            checkProject(draft);
        }
    }

    /** A research project is approved once and completed once: its identity joins the two records. */
    private void checkProject(Outcome draft) {
        if (draft.kind() != OutcomeKind.RESEARCH_APPROVED && draft.kind() != OutcomeKind.RESEARCH_COMPLETED) {
            throw new AssistanceRejected("project", "only_a_research_project_s_approval_or_completion");
        }
        if (draft.project().length() > 100) {
            throw new AssistanceRejected("project", "at_most_characters");
        }
        for (Outcome other : repository.findOutcomes(draft.programmeId())) {
            if (other.id() != draft.id() && other.kind() == draft.kind() && draft.project().equals(other.project())) {
                throw new AssistanceRejected("project", "project_is_already_recorded_as", draft.project(), draft.kind().key());
            }
        }
    }

    /**
     * Withdraws an outcome recorded in error, if nobody changed it since the caller read it.
     *
     * @throws StaleRecord when it was changed since
     */
    @Transactional
    public void withdrawOutcome(long id, int expectedVersion) {
        withdraw(outcomes, id, expectedVersion, repository::deleteOutcome);
    }

    public Optional<Outcome> outcome(long id) {
        return repository.findOutcome(id);
    }

    public List<Outcome> outcomes(long programmeId) {
        return repository.findOutcomes(programmeId);
    }

    public PageOf<Outcome> outcomes(RecordFilter filter, int page, int size) {
        return repository.findOutcomes(filter, page, size);
    }

    public PageOf<Need> needs(RecordFilter filter, int page, int size) {
        return repository.findNeeds(filter, page, size);
    }

    private Programme programmeOf(long programmeId) {
        return repository.findProgramme(programmeId)
                .orElseThrow(() -> new AssistanceRejected("programmeId", "no_programme", programmeId));
    }

    private static boolean inProgramme(Programme programme, String schoolCode) {
        return programme.schools().stream().anyMatch(s -> s.schoolCode().equals(schoolCode));
    }

    /** A programme's figures, counted from its records. */
    public ProgrammeSummary summary(long programmeId) {
        return summary(programmeId, null, null);
    }

    /**
     * A programme's figures for a period: placements starting, activities held and outcomes achieved
     * within it (either bound may be open); needs and schools as they stand.
     */
    public ProgrammeSummary summary(long programmeId, LocalDate from, LocalDate to) {
        SummaryCounter.Records records = records(programmeOf(programmeId));
        List<SchoolRelation> relations = development.findRelationsOf(programmeId);
        Set<String> named = namedSchools(List.of(records));
        relations.forEach(r -> named.addAll(ProgrammeRecord.schools(r.schoolCode(), r.partnerSchool())));
        SummaryCounter counter = new SummaryCounter(from, to, SummaryCounter.Region.everywhere(registry.findSchools(named)));
        counter.registeredTeachers(registeredTeachers(List.of(records)));
        counter.add(records);
        counter.addStudios(development.findStudiosOf(programmeId));
        counter.addRelations(relations);
        counter.addMentoring(development.findMentoringOf(programmeId));
        return counter.summary(programmeId, 0);
    }

    /**
     * The figures of all programmes of a region (owned by it or with a school in it), for a period:
     * each programme's records counted, schools counted once, batches per programme.
     */
    public ProgrammeSummary regionSummary(String regionCode, LocalDate from, LocalDate to) {
        return regionSummaries(regionCode, List.of(), from, to).get(regionCode);
    }

    /**
     * The figures of a region and of regions within it (e.g. its counties), each record counted where it
     * happened, from one reading of the region's records.
     *
     * @return by region code: the region's and each part's figures
     */
    public Map<String, ProgrammeSummary> regionSummaries(String regionCode, Collection<String> parts, LocalDate from,
                                                         LocalDate to) {
        List<SummaryCounter.Records> records = programmes(regionCode, null).stream().map(this::records).toList();
        List<Studio> studios = development.findStudios(prefix(regionCode));
        List<SchoolRelation> relations = development.findRelations(prefix(regionCode));
        List<JdbcDevelopmentRepository.Mentoring> mentoring = development.findMentoring(prefix(regionCode));
        Set<String> named = namedSchools(records);
        studios.forEach(studio -> named.add(studio.schoolCode()));
        relations.forEach(r -> named.addAll(ProgrammeRecord.schools(r.schoolCode(), r.partnerSchool())));
        Map<String, School> schools = registry.findSchools(named);
        Map<Long, String> organisations = new java.util.HashMap<>();
        records.forEach(r -> r.placements().stream().map(Placement::toOrganisation).filter(java.util.Objects::nonNull)
                .forEach(id -> organisations.computeIfAbsent(id, o -> development.findOrganisationRegion(o).orElse(""))));
        Map<String, ProgrammeSummary> summaries = new java.util.LinkedHashMap<>();
        List<String> regions = new java.util.ArrayList<>();
        regions.add(regionCode);
        regions.addAll(parts);
        Set<String> teachers = registeredTeachers(records);
        for (String region : regions) {
            SummaryCounter counter = new SummaryCounter(from, to, within(prefix(region), schools, organisations));
            counter.registeredTeachers(teachers);
            records.forEach(counter::add);
            counter.addStudios(studios);
            counter.addRelations(relations);
            counter.addMentoring(mentoring);
            summaries.put(region, counter.summary(0, compulsorySchools(region)));
        }
        return summaries;
    }

    /** The people activities name who are teachers of the roster. */
    private Set<String> registeredTeachers(List<SummaryCounter.Records> records) {
        Set<String> named = new HashSet<>();
        records.forEach(r -> r.activities().forEach(a -> named.addAll(Activity.named(a.people()))));
        return named.isEmpty() ? Set.of() : registry.schoolsOfTeachers(named).keySet();
    }

    private static Set<String> namedSchools(List<SummaryCounter.Records> records) {
        Set<String> named = new HashSet<>();
        for (SummaryCounter.Records r : records) {
            r.programme().schools().forEach(s -> named.add(s.schoolCode()));
            java.util.stream.Stream.of(r.placements(), r.activities(), r.needs(), r.outcomes(), r.classrooms(), r.donations(),
                    r.classPairings()).flatMap(List::stream).forEach(record -> named.addAll(record.schoolsNamed()));
        }
        return named;
    }

    /** The schools of a region with a primary or junior stage: all but special schools. */
    private long compulsorySchools(String region) {
        return registry.findSchools(new SchoolQuery(region, null, null), 0, 1).totalElements()
                - registry.findSchools(new SchoolQuery(region, SchoolType.SPECIAL, null), 0, 1).totalElements();
    }

    /** Where a record counts for the region of this code prefix. */
    private static SummaryCounter.Region within(String prefix, Map<String, School> schools, Map<Long, String> organisations) {
        return new SummaryCounter.Region() {
            @Override
            public boolean hasSchool(String schoolCode) {
                School school = schools.get(schoolCode);
                return school != null && school.countyCode().startsWith(prefix);
            }

            @Override
            public boolean owns(Programme programme) {
                return programme.ownerRegion() != null && programme.ownerRegion().startsWith(prefix);
            }

            @Override
            public School school(String schoolCode) {
                return schools.get(schoolCode);
            }

            @Override
            public boolean hasOrganisation(long organisationId) {
                String region = organisations.getOrDefault(organisationId, "");
                return !region.isEmpty() && region.startsWith(prefix);
            }
        };
    }

    private SummaryCounter.Records records(Programme programme) {
        long id = programme.id();
        return new SummaryCounter.Records(programme, repository.findPlacements(id), repository.findActivities(id),
                repository.findNeeds(id), repository.findOutcomes(id), repository.findRemoteClassrooms(id),
                repository.findDonations(id), repository.findClassPairings(id));
    }

    static String prefix(String region) {
        return RegionCode.prefixOf(region);
    }
}
