package org.junheng.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junheng.registry.RegionCode;
import org.junheng.registry.Registry;
import org.junheng.registry.School;
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

    /** Thrown when a need was changed by someone else since the caller read it. */
    public static class StaleNeed extends RuntimeException {
        StaleNeed(long id) {
            super("need " + id + " was changed by someone else; reload it");
        }
    }

    private final JdbcAssistanceRepository repository;
    private final Registry registry;
    private final AuditTrail audit;

    Assistance(JdbcAssistanceRepository repository, Registry registry, AuditTrail audit) {
        this.repository = repository;
        this.registry = registry;
        this.audit = audit;
    }

    @Transactional
    public Programme createProgramme(Programme draft) {
        checkProgramme(draft);
        long id = repository.insertProgramme(draft);
        Programme created = repository.findProgramme(id).orElseThrow();
        audit.record("create", "programme", String.valueOf(id), created.ownerRegion(), null, created);
        return created;
    }

    private void checkProgramme(Programme p) {
        if (p.kind() == null) {
            throw new AssistanceRejected("kind", "pairing, community, liaison or group");
        }
        if (p.name() == null || p.name().isBlank() || p.name().length() > 200) {
            throw new AssistanceRejected("name", "a name of at most 200 characters is required");
        }
        if (p.ownerRegion() == null || !RegionCode.isValid(p.ownerRegion()) || registry.findRegion(p.ownerRegion()).isEmpty()) {
            throw new AssistanceRejected("ownerRegion", "a registered region code is required");
        }
        if (p.startDate() == null) {
            throw new AssistanceRejected("startDate", "required");
        }
        if (p.endDate() != null && p.endDate().isBefore(p.startDate())) {
            throw new AssistanceRejected("endDate", "ends before it starts");
        }
        if (p.schools() == null || p.schools().isEmpty()) {
            throw new AssistanceRejected("schools", "a programme needs its schools");
        }
        Map<String, School> known = registry.findSchools(p.schools().stream().map(Programme.Participant::schoolCode).toList());
        for (Programme.Participant s : p.schools()) {
            if (!known.containsKey(s.schoolCode())) {
                throw new AssistanceRejected("schools", "school " + s.schoolCode() + " is not registered");
            }
            if (s.role() == null) {
                throw new AssistanceRejected("schools", "school " + s.schoolCode() + " needs a role");
            }
        }
        Map<SchoolRole, Long> roles = p.schools().stream()
                .collect(Collectors.groupingBy(Programme.Participant::role, Collectors.counting()));
        switch (p.kind()) {
            case PAIRING, GROUP -> {
                if (roles.getOrDefault(SchoolRole.HELPER, 0L) == 0 || roles.getOrDefault(SchoolRole.HELPED, 0L) == 0) {
                    throw new AssistanceRejected("schools", "needs at least one helper and one helped school");
                }
            }
            case COMMUNITY -> {
                if (roles.getOrDefault(SchoolRole.LEAD, 0L) != 1 || p.communityType() == null) {
                    throw new AssistanceRejected("schools", "an education community has one lead school and a type");
                }
            }
            case LIAISON -> {
                if (roles.getOrDefault(SchoolRole.HELPED, 0L) == 0) {
                    throw new AssistanceRejected("schools", "a liaison team needs the schools it is linked to");
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
        Programme programme = repository.findProgramme(programmeId)
                .orElseThrow(() -> new AssistanceRejected("programmeId", "no programme " + programmeId));
        if (programme.schools().stream().noneMatch(s -> s.schoolCode().equals(schoolCode))) {
            throw new AssistanceRejected("schoolCode", "the school is not in this programme");
        }
        if (category == null || category.isBlank()) {
            throw new AssistanceRejected("category", "required (e.g. teaching, management, research)");
        }
        if (description == null || description.isBlank() || description.length() > 2000) {
            throw new AssistanceRejected("description", "a description of at most 2000 characters is required");
        }
        Need draft = new Need(0, programmeId, schoolCode, subject, category, description, NeedState.OPEN,
                raisedOn == null ? LocalDate.now() : raisedOn, 0);
        Need need = repository.findNeed(repository.insertNeed(draft)).orElseThrow();
        audit.record("create", "need", String.valueOf(need.id()), programme.ownerRegion(), null, need);
        return need;
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
     * @throws StaleNeed when it was changed since
     */
    @Transactional
    public Need moveNeed(long id, NeedState to, int expectedVersion) {
        Need need = repository.findNeed(id).orElseThrow(() -> new AssistanceRejected("id", "no need " + id));
        if (to == null || !need.state().canMoveTo(to)) {
            throw new AssistanceRejected("state", "a need in state " + need.state().key() + " moves only to the next state");
        }
        if (!repository.updateNeedState(id, to, expectedVersion)) {
            throw new StaleNeed(id);
        }
        Need moved = repository.findNeed(id).orElseThrow();
        Programme programme = repository.findProgramme(need.programmeId()).orElseThrow();
        audit.record("update", "need", String.valueOf(id), programme.ownerRegion(), need, moved);
        return moved;
    }

    @Transactional
    public Placement place(Placement draft) {
        Programme programme = repository.findProgramme(draft.programmeId())
                .orElseThrow(() -> new AssistanceRejected("programmeId", "no programme " + draft.programmeId()));
        if (draft.kind() == null) {
            throw new AssistanceRejected("kind", "support_teaching, shadowing, secondment or rotation");
        }
        if (draft.person() == null || draft.person().isBlank() || draft.person().length() > 100) {
            throw new AssistanceRejected("person", "a name or pseudonymous id of at most 100 characters is required");
        }
        if (NATIONAL_ID.matcher(draft.person()).find()) {
            throw new AssistanceRejected("person", "never a national ID number");
        }
        Set<String> schools = programme.schools().stream().map(Programme.Participant::schoolCode).collect(Collectors.toSet());
        if (draft.toSchool() == null || !schools.contains(draft.toSchool())) {
            throw new AssistanceRejected("toSchool", "the receiving school must be in the programme");
        }
        if (draft.fromSchool() != null && registry.findSchool(draft.fromSchool()).isEmpty()) {
            throw new AssistanceRejected("fromSchool", "school " + draft.fromSchool() + " is not registered");
        }
        if (draft.startDate() == null || draft.endDate() == null || draft.endDate().isBefore(draft.startDate())) {
            throw new AssistanceRejected("endDate", "a start and an end on or after it are required");
        }
        if (draft.batch() < 1) {
            throw new AssistanceRejected("batch", "batches are numbered from 1");
        }
        long id = repository.insertPlacement(draft);
        Placement placed = new Placement(id, draft.programmeId(), draft.kind(), draft.person(), draft.fromSchool(),
                draft.toSchool(), draft.startDate(), draft.endDate(), draft.batch());
        audit.record("create", "placement", String.valueOf(id), programme.ownerRegion(), null, placed);
        return placed;
    }

    public List<Placement> placements(long programmeId) {
        return repository.findPlacements(programmeId);
    }

    @Transactional
    public Activity record(Activity draft) {
        Programme programme = repository.findProgramme(draft.programmeId())
                .orElseThrow(() -> new AssistanceRejected("programmeId", "no programme " + draft.programmeId()));
        if (draft.kind() == null) {
            throw new AssistanceRejected("kind", "an activity kind is required");
        }
        if (draft.heldOn() == null) {
            throw new AssistanceRejected("heldOn", "required");
        }
        if (draft.schoolCode() == null || programme.schools().stream().noneMatch(s -> s.schoolCode().equals(draft.schoolCode()))) {
            throw new AssistanceRejected("schoolCode", "the school must be in the programme");
        }
        if (draft.experts() < 0 || draft.teachersReached() < 0 || draft.studentsReached() < 0) {
            throw new AssistanceRejected("teachersReached", "counts cannot be negative");
        }
        if (draft.hours() == null || draft.hours().signum() < 0 || draft.hours().compareTo(BigDecimal.valueOf(1000)) > 0) {
            throw new AssistanceRejected("hours", "0–1000 hours");
        }
        if (draft.rating() != null && (draft.rating() < 1 || draft.rating() > 5)) {
            throw new AssistanceRejected("rating", "a rating is 1 to 5");
        }
        long id = repository.insertActivity(draft);
        Activity recorded = new Activity(id, draft.programmeId(), draft.kind(), draft.heldOn(), draft.schoolCode(),
                draft.place(), draft.experts(), draft.teachersReached(), draft.studentsReached(), draft.hours(), draft.notes(),
                draft.rating(), draft.feedback());
        audit.record("create", "activity", String.valueOf(id), programme.ownerRegion(), null, recorded);
        return recorded;
    }

    public List<Activity> activities(long programmeId) {
        return repository.findActivities(programmeId);
    }

    /** A programme's figures, counted from its records. */
    public ProgrammeSummary summary(long programmeId) {
        return summary(programmeId, null, null);
    }

    /**
     * A programme's figures for a period: placements starting and activities held within it (either
     * bound may be open); needs and schools as they stand.
     */
    public ProgrammeSummary summary(long programmeId, LocalDate from, LocalDate to) {
        Programme programme = repository.findProgramme(programmeId)
                .orElseThrow(() -> new AssistanceRejected("programmeId", "no programme " + programmeId));
        List<Placement> placements = repository.findPlacements(programmeId).stream()
                .filter(p -> within(p.startDate(), from, to)).toList();
        Map<String, Long> personTimes = new TreeMap<>();
        Map<String, Long> batches = new TreeMap<>();
        for (PlacementKind kind : PlacementKind.values()) {
            List<Placement> ofKind = placements.stream().filter(p -> p.kind() == kind).toList();
            personTimes.put(kind.key(), (long) ofKind.size());
            batches.put(kind.key(), ofKind.stream().map(Placement::batch).distinct().count());
        }
        List<Need> needs = repository.findNeeds(programmeId);
        List<Activity> activities = repository.findActivities(programmeId).stream()
                .filter(a -> within(a.heldOn(), from, to)).toList();
        Map<String, Long> visits = new TreeMap<>();
        activities.forEach(a -> visits.merge(a.kind().key(), 1L, Long::sum));
        return new ProgrammeSummary(programmeId, personTimes, batches, activities.size(), visits,
                activities.stream().mapToLong(Activity::experts).sum(),
                activities.stream().mapToLong(Activity::teachersReached).sum(),
                activities.stream().mapToLong(Activity::studentsReached).sum(),
                count(programme, SchoolRole.HELPER), count(programme, SchoolRole.HELPED), needs.size(),
                needs.stream().filter(n -> n.state().ordinal() >= NeedState.ADDRESSED.ordinal()).count(),
                needs.stream().filter(n -> n.state() == NeedState.CONFIRMED).count());
    }

    /**
     * The figures of all programmes of a region (owned by it or with a school in it), for a period:
     * each programme's figures added up, schools counted once.
     */
    public ProgrammeSummary regionSummary(String regionCode, LocalDate from, LocalDate to) {
        List<Programme> programmes = programmes(regionCode, null);
        Map<String, Long> personTimes = new TreeMap<>();
        Map<String, Long> batches = new TreeMap<>();
        Map<String, Long> visits = new TreeMap<>();
        long[] totals = new long[7];
        for (Programme programme : programmes) {
            ProgrammeSummary s = summary(programme.id(), from, to);
            s.placementPersonTimes().forEach((k, v) -> personTimes.merge(k, v, Long::sum));
            s.placementBatches().forEach((k, v) -> batches.merge(k, v, Long::sum));
            s.visitsByKind().forEach((k, v) -> visits.merge(k, v, Long::sum));
            totals[0] += s.visits();
            totals[1] += s.expertPersonTimes();
            totals[2] += s.teachersReached();
            totals[3] += s.studentsReached();
            totals[4] += s.needsRaised();
            totals[5] += s.needsAddressed();
            totals[6] += s.needsConfirmed();
        }
        long helpers = programmes.stream().flatMap(p -> p.schools().stream()).filter(s -> s.role() == SchoolRole.HELPER)
                .map(Programme.Participant::schoolCode).distinct().count();
        long helped = programmes.stream().flatMap(p -> p.schools().stream()).filter(s -> s.role() == SchoolRole.HELPED)
                .map(Programme.Participant::schoolCode).distinct().count();
        return new ProgrammeSummary(0, personTimes, batches, totals[0], visits, totals[1], totals[2], totals[3], helpers,
                helped, totals[4], totals[5], totals[6]);
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    private static long count(Programme programme, SchoolRole role) {
        return programme.schools().stream().filter(s -> s.role() == role).count();
    }

    private static String prefix(String region) {
        if (region == null) {
            return "";
        }
        return switch (new RegionCode(region).level()) {
            case PROVINCE -> region.substring(0, 2);
            case CITY -> region.substring(0, 4);
            case COUNTY -> region;
        };
    }
}
