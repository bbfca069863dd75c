package org.junheng.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junheng.registry.LocationClass;
import org.junheng.registry.School;
import org.junheng.registry.SchoolType;

/**
 * Counts the figures of one or more programmes from their records: dated records within the period
 * (either bound open), needs and schools as they stand; a school counts once however many
 * programmes it is in, a batch once per programme.
 *
 * <p>For a region, a record counts where it happened: an activity at its school, a placement at the
 * receiving school, an outcome, need, classroom, donation or class pairing at its school; a record
 * without a school, and a programme's batches, count for the region that owns the programme. So the
 * figures of the counties of a city or province add up to the city's or province's.
 */
final class SummaryCounter {

    /**
     * Where a record counts: whether a school is in the region, and whether a programme's owner is;
     * and where a school lies (urban, town, rural), for the figures counted by location.
     */
    interface Region {
        boolean hasSchool(String schoolCode);

        boolean owns(Programme programme);

        /** A school named by a record, or null when it is not registered. */
        School school(String schoolCode);

        /** Whether an organisation (where a cadre is seconded) is registered in the region. */
        boolean hasOrganisation(long organisationId);

        default LocationClass location(String schoolCode) {
            School school = schoolCode == null ? null : school(schoolCode);
            return school == null ? null : school.location();
        }

        /** Everywhere: every record counts. */
        static Region everywhere(Map<String, School> schools) {
            return new Region() {
                @Override
                public boolean hasSchool(String schoolCode) {
                    return true;
                }

                @Override
                public boolean owns(Programme programme) {
                    return true;
                }

                @Override
                public School school(String schoolCode) {
                    return schools.get(schoolCode);
                }

                @Override
                public boolean hasOrganisation(long organisationId) {
                    return true;
                }
            };
        }
    }

    private static final String[] RANKS = {"first", "second", "third"};

    private final LocalDate from;
    private final LocalDate to;
    private final Region region;
    private final Map<String, Long> personTimes = new TreeMap<>();
    private final Map<String, Long> batches = new TreeMap<>();
    private final Map<String, Set<String>> people = new TreeMap<>();
    private final Map<String, Long> visitsByKind = new TreeMap<>();
    private final Map<String, Long> outcomesByKind = new TreeMap<>();
    private final Set<String> helpers = new HashSet<>();
    private final Set<String> helped = new HashSet<>();
    private long visits;
    private long experts;
    private long teachersReached;
    private final Set<String> registeredTeachersReached = new HashSet<>();
    private Set<String> registeredTeachers = Set.of();
    private long studentsReached;
    private long pairs;
    private long needsRaised;
    private long needsAddressed;
    private long needsConfirmed;
    private long outcomes;
    private long remoteClassrooms;
    private long donations;
    private BigDecimal donationValue = BigDecimal.ZERO;
    private long studentPairs;
    private final Map<String, Map<String, Long>> honours = new TreeMap<>();
    private final Map<String, Map<String, Long>> honoursByLocation = new TreeMap<>();
    private final Map<String, Long> prizesByRank = new TreeMap<>();
    private final Map<String, Set<OutcomeKind>> projects = new TreeMap<>();
    private long studios;
    private long studiosMovedDown;
    private final Map<String, Long> studiosByKind = new TreeMap<>();
    private final Map<String, Long> studiosByLocation = new TreeMap<>();
    private final Map<String, Long> communitiesByType = new TreeMap<>();
    private final Set<String> communitySchools = new HashSet<>();
    private final Set<String> countiesCovered = new HashSet<>();
    private final Set<String> areas = new HashSet<>();
    private final Set<String> entrusted = new HashSet<>();
    private final Set<String> friendshipSchools = new HashSet<>();
    private long mentorPairs;
    private long secondedToOrganisations;

    SummaryCounter(LocalDate from, LocalDate to, Region region) {
        this.from = from;
        this.to = to;
        this.region = region;
        for (PlacementKind kind : PlacementKind.values()) {
            personTimes.put(kind.key(), 0L);
            batches.put(kind.key(), 0L);
        }
        for (OutcomeKind kind : OutcomeKind.values()) {
            outcomesByKind.put(kind.key(), 0L);
        }
        for (String rank : RANKS) {
            prizesByRank.put(rank, 0L);
        }
        prizesByRank.put("unranked", 0L);
        for (StudioKind kind : StudioKind.values()) {
            studiosByKind.put(kind.key(), 0L);
        }
        for (LocationClass location : LocationClass.values()) {
            studiosByLocation.put(location.key(), 0L);
        }
        for (CommunityType type : CommunityType.values()) {
            communitiesByType.put(type.key(), 0L);
        }
    }

    /** The records of one programme, as the counter needs them. */
    record Records(Programme programme, List<Placement> placements, List<Activity> activities, List<Need> needs,
                   List<Outcome> outcomes, List<RemoteClassroom> classrooms, List<Donation> donations,
                   List<ClassPairing> classPairings) {
    }

    /** Whether a record at this school (null: none) counts here. */
    private boolean here(Programme programme, String schoolCode) {
        return schoolCode == null || schoolCode.isBlank() ? region.owns(programme) : region.hasSchool(schoolCode);
    }

    /** A placement counts at its receiving school, or where the organisation it is to is registered. */
    private boolean here(Programme programme, Placement placement) {
        return placement.toOrganisation() != null ? region.hasOrganisation(placement.toOrganisation())
                : here(programme, placement.toSchool());
    }

    void add(Records records) {
        Programme programme = records.programme();
        List<Placement> placements = records.placements();
        List<Activity> activities = records.activities();
        List<Need> needs = records.needs().stream().filter(n -> here(programme, n.schoolCode())).toList();
        List<Outcome> achieved = records.outcomes();
        boolean owned = region.owns(programme);
        for (PlacementKind kind : PlacementKind.values()) {
            List<Placement> ofKind = placements.stream().filter(p -> p.kind() == kind && within(p.startDate())).toList();
            List<Placement> placedHere = ofKind.stream().filter(p -> here(programme, p)).toList();
            secondedToOrganisations += placedHere.stream().filter(p -> p.toOrganisation() != null).count();
            personTimes.merge(kind.key(), (long) placedHere.size(), Long::sum);
            placedHere.forEach(p -> people.computeIfAbsent(kind.key(), k -> new HashSet<>()).add(p.person()));
            batches.merge(kind.key(), owned ? ofKind.stream().map(Placement::batch).distinct().count() : 0L, Long::sum);
        }
        for (Activity activity : activities) {
            if (within(activity.heldOn()) && here(programme, activity.schoolCode())) {
                visits++;
                visitsByKind.merge(activity.kind().key(), 1L, Long::sum);
                experts += activity.experts();
                teachersReached += activity.teachersReached();
                Activity.named(activity.people()).stream().filter(registeredTeachers::contains)
                        .forEach(registeredTeachersReached::add);
                studentsReached += activity.studentsReached();
            }
        }
        for (Programme.Participant school : programme.schools()) {
            if (!region.hasSchool(school.schoolCode())) {
                continue;
            }
            School registered = region.school(school.schoolCode());
            if (school.role() != SchoolRole.HELPER && registered != null) {
                countiesCovered.add(registered.countyCode());
                if (school.area() != null && !school.area().isBlank()) {
                    areas.add(registered.countyCode() + "/" + school.area());
                }
            }
            if (school.role() == SchoolRole.HELPER) {
                helpers.add(school.schoolCode());
            } else if (school.role() == SchoolRole.HELPED) {
                helped.add(school.schoolCode());
            }
        }
        // a pairing pairs each helped school with its helper(s): "4+4" is four pairs, "1+X" is X pairs
        if (programme.kind() == ProgrammeKind.PAIRING) {
            pairs += programme.schools().stream().filter(s -> s.role() == SchoolRole.HELPED && region.hasSchool(s.schoolCode()))
                    .count();
        }
        needsRaised += needs.size();
        needsAddressed += needs.stream().filter(n -> n.state().ordinal() >= NeedState.ADDRESSED.ordinal()).count();
        needsConfirmed += needs.stream().filter(n -> n.state() == NeedState.CONFIRMED).count();
        for (Outcome outcome : achieved) {
            if (within(outcome.achievedOn()) && here(programme, outcome.schoolCode())) {
                outcomes++;
                outcomesByKind.merge(outcome.kind().key(), 1L, Long::sum);
                countOutcome(outcome);
            }
        }
        if (programme.kind() == ProgrammeKind.COMMUNITY) {
            countCommunity(programme);
        }
        remoteClassrooms += records.classrooms().stream().filter(c -> within(c.openedOn()) && here(programme, c.schoolCode()))
                .count();
        for (Donation donation : records.donations()) {
            if (within(donation.donatedOn()) && here(programme, donation.schoolCode())) {
                donations++;
                donationValue = donationValue.add(donation.valueYuan());
            }
        }
        studentPairs += records.classPairings().stream().filter(c -> within(c.pairedOn()) && here(programme, c.schoolCode()))
                .mapToLong(ClassPairing::studentPairs).sum();
    }

    private void countOutcome(Outcome outcome) {
        switch (outcome.kind()) {
            case HONOUR -> {
                String honour = outcome.honour() == null ? "unspecified" : outcome.honour().key();
                honours.computeIfAbsent(honour, h -> new TreeMap<>()).merge(outcome.level().key(), 1L, Long::sum);
                LocationClass location = region.location(outcome.schoolCode());
                if (location != null) {
                    honoursByLocation.computeIfAbsent(location.key(), l -> new TreeMap<>()).merge(honour, 1L, Long::sum);
                }
            }
            case CONTEST_AWARD -> prizesByRank.merge(outcome.rank() == null ? "unranked" : RANKS[outcome.rank() - 1], 1L,
                    Long::sum);
            case RESEARCH_APPROVED, RESEARCH_COMPLETED ->
                    projects.computeIfAbsent(outcome.projectIdentity(), p -> new HashSet<>()).add(outcome.kind());
            default -> {
            }
        }
    }

    /** A community counts where its lead school is; its compulsory schools in the region count as covered. */
    private void countCommunity(Programme community) {
        community.schools().stream().filter(s -> s.role() == SchoolRole.LEAD && region.hasSchool(s.schoolCode())).findFirst()
                .ifPresent(lead -> communitiesByType.merge(community.communityType().key(), 1L, Long::sum));
        community.schools().stream().map(Programme.Participant::schoolCode).filter(region::hasSchool)
                .filter(code -> region.school(code) != null && region.school(code).type() != SchoolType.SPECIAL)
                .forEach(communitySchools::add);
    }

    /** Studios count at their school; those of a period by the day they were set up. */
    void addStudios(List<Studio> set) {
        for (Studio studio : set) {
            if (within(studio.setUpOn()) && region.hasSchool(studio.schoolCode())) {
                studios++;
                studiosByKind.merge(studio.kind().key(), 1L, Long::sum);
                LocationClass location = region.location(studio.schoolCode());
                if (location != null) {
                    studiosByLocation.merge(location.key(), 1L, Long::sum);
                }
                if (studio.movedDown()) {
                    studiosMovedDown++;
                }
            }
        }
    }

    /** Entrusted schools count where the school is; friendship schools each where it is, once. */
    void addRelations(List<SchoolRelation> relations) {
        for (SchoolRelation relation : relations) {
            if (!within(relation.startDate())) {
                continue;
            }
            if (relation.kind() == RelationKind.ENTRUSTED_MANAGEMENT && region.hasSchool(relation.schoolCode())) {
                entrusted.add(relation.schoolCode());
            } else if (relation.kind() == RelationKind.FRIENDSHIP) {
                for (String school : new String[] {relation.schoolCode(), relation.partnerSchool()}) {
                    if (region.hasSchool(school)) {
                        friendshipSchools.add(school);
                    }
                }
            }
        }
    }

    /** The teachers of the roster among the people activities name, counted once each as distinct teachers reached. */
    void registeredTeachers(Set<String> teacherIds) {
        this.registeredTeachers = teacherIds;
    }

    /** Mentor pairs count at the mentee's school. */
    void addMentoring(List<JdbcDevelopmentRepository.Mentoring> mentoring) {
        mentorPairs += mentoring.stream().filter(m -> within(m.pair().pairedOn()) && region.hasSchool(m.menteeSchool())).count();
    }

    private boolean within(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /**
     * The figures counted.
     *
     * @param compulsorySchools the region's compulsory schools, against which community coverage is
     *                          counted (0 for a programme)
     */
    ProgrammeSummary summary(long programmeId, long compulsorySchools) {
        OutcomeCounts outcomeCounts = new OutcomeCounts(honours, honoursByLocation, prizesByRank, projects.size(),
                projects.values().stream().filter(k -> k.contains(OutcomeKind.RESEARCH_APPROVED)).count(),
                projects.values().stream().filter(k -> k.contains(OutcomeKind.RESEARCH_COMPLETED)).count());
        return new ProgrammeSummary(programmeId, personTimes, batches, visits, visitsByKind, experts, teachersReached,
                studentsReached, helpers.size(), helped.size(), needsRaised, needsAddressed, needsConfirmed, pairs,
                outcomes, outcomesByKind, remoteClassrooms, donations, donationValue, studentPairs, distinctPeople(),
                outcomeCounts, new StudioCounts(studios, studiosByKind, studiosByLocation, studiosMovedDown),
                new CommunityCoverage(communitiesByType, communitySchools.size(), compulsorySchools),
                new ProgrammeCoverage(countiesCovered.size(), areas.size()),
                new RelationCounts(entrusted.size(), friendshipSchools.size(), mentorPairs, secondedToOrganisations),
                registeredTeachersReached.size());
    }

    private Map<String, Long> distinctPeople() {
        Map<String, Long> counts = new TreeMap<>();
        personTimes.keySet().forEach(kind -> counts.put(kind, (long) people.getOrDefault(kind, Set.of()).size()));
        return counts;
    }
}
