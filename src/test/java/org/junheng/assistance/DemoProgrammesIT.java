package org.junheng.assistance;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junheng.IntegrationTest;
import org.junheng.importing.DataGenerator;
import org.junheng.importing.ImportProgress;
import org.junheng.importing.ImportType;
import org.junheng.importing.Importer;
import org.junheng.registry.Registry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo programmes carry the seeds' figures, and the summaries count them back. */
@IntegrationTest
class DemoProgrammesIT {

    @Autowired
    Importer importer;

    @Autowired
    Assistance assistance;

    @Autowired
    Registry registry;

    @Autowired
    People people;

    @Autowired
    Outreach outreach;

    @Test
    void theDemoGroupAndPairingReportTheFiguresOfTheSeeds(@TempDir Path demo) throws Exception {
        DataGenerator.generate(DataGenerator.Kind.DEMO, null, 2025, false, demo, c -> { });
        for (ImportType type : new ImportType[] {ImportType.REGIONS, ImportType.SCHOOL_STATS}) {
            try (InputStream in = Files.newInputStream(demo.resolve(type.key() + ".csv"))) {
                assertThat(importer.importFile(type, in, type.key() + ".csv", Locale.ENGLISH, ImportProgress.NONE).stored())
                        .isTrue();
            }
        }

        new AssistanceDemo(assistance, registry, people, outreach).createProgrammes();

        Programme group = assistance.programmes("990000", null).stream()
                .filter(p -> p.name().equals(AssistanceDemo.GROUP_NAME)).reduce((first, last) -> last).orElseThrow();
        ProgrammeSummary groupSummary = assistance.summary(group.id());
        assertThat(groupSummary.placementPersonTimes().get("support_teaching")).isEqualTo(904);
        assertThat(groupSummary.placementBatches().get("support_teaching")).isEqualTo(3);
        assertThat(groupSummary.helpedSchools()).isEqualTo(70);
        assertThat(groupSummary.visits()).isEqualTo(280);
        assertThat(group.schools().stream().filter(s -> s.role() == SchoolRole.HELPED).map(s -> s.schoolCode().substring(1, 7))
                .distinct()).hasSize(7);

        Programme pairing = assistance.programmes("990000", null).stream()
                .filter(p -> p.name().equals(AssistanceDemo.PAIRING_NAME)).reduce((first, last) -> last).orElseThrow();
        ProgrammeSummary pairingSummary = assistance.summary(pairing.id());
        assertThat(pairingSummary.placementPersonTimes().get("shadowing")).isEqualTo(54);
        assertThat(pairingSummary.placementBatches().get("shadowing")).isEqualTo(4);
        assertThat(pairingSummary.helperSchools()).isEqualTo(4);
        assertThat(pairingSummary.helpedSchools()).isEqualTo(4);
        assertThat(pairingSummary.pairs()).isEqualTo(4);
        assertThat(pairingSummary.remoteClassrooms()).isEqualTo(4);
        assertThat(pairingSummary.studentPairs()).isEqualTo(36 + 39 + 42);
        assertThat(pairingSummary.outcomesByKind()).containsEntry("honour", 1L).containsEntry("contest_award", 1L)
                .containsEntry("research_approved", 1L);
        assertThat(assistance.needs(pairing.id())).extracting(Need::state)
                .contains(NeedState.OPEN, NeedState.PLANNED, NeedState.ADDRESSED, NeedState.CONFIRMED);
        everyCountysFiguresAddUpToTheProvincesAndSupportTeachingCountsWhereItWasReceived(group);
        // shadowing counts where it happened: at the helper schools receiving the helped schools' teachers
        String helperCounty = registry.findSchool(pairing.schools().stream().filter(s -> s.role() == SchoolRole.HELPER)
                .findFirst().orElseThrow().schoolCode()).orElseThrow().countyCode();
        ProgrammeSummary ofCounty = assistance.regionSummary(helperCounty, LocalDate.of(2023, 1, 1),
                LocalDate.of(2023, 12, 31));
        assertThat(ofCounty.placementPersonTimes().get("shadowing")).isEqualTo(54);
        assertThat(ofCounty.placementPersonTimes().get("support_teaching")).isZero(); // the group's batches start in 2019–2021
        assertThat(assistance.programmes("990000", null)).extracting(Programme::kind)
                .contains(ProgrammeKind.LIAISON, ProgrammeKind.COMMUNITY);
        assertThat(assistance.programmes("990000", null)).filteredOn(p -> p.kind() == ProgrammeKind.LIAISON && p.name().startsWith("教研员联系县（3人小组）"))
                .isNotEmpty()
                .allSatisfy(team -> assertThat(people.members(team.id())).hasSize(3));
        assertThat(people.members(group.id())).extracting(Member::role).contains(MemberRole.TRAINING_INSTITUTION);
    }

    /**
     * Each figure of the twelve counties' summaries adds up to the province's; the 1+1+N group's support
     * teaching, across seven counties, counts in each county for the placements its schools received, as
     * counted here from the group's records and the registry.
     */
    private void everyCountysFiguresAddUpToTheProvincesAndSupportTeachingCountsWhereItWasReceived(Programme group) {
        ProgrammeSummary province = assistance.regionSummary("990000", null, null);
        List<String> counties = List.copyOf(registry.countyNames("990000").keySet());
        List<ProgrammeSummary> ofCounties = counties.stream().map(c -> assistance.regionSummary(c, null, null)).toList();
        assertThat(counties).hasSize(12);

        assertThat(ofCounties.stream().mapToLong(ProgrammeSummary::visits).sum()).isEqualTo(province.visits());
        assertThat(ofCounties.stream().mapToLong(ProgrammeSummary::teachersReached).sum()).isEqualTo(province.teachersReached());
        assertThat(ofCounties.stream().mapToLong(ProgrammeSummary::studentsReached).sum()).isEqualTo(province.studentsReached());
        assertThat(ofCounties.stream().mapToLong(ProgrammeSummary::expertPersonTimes).sum()).isEqualTo(province.expertPersonTimes());
        assertThat(ofCounties.stream().mapToLong(ProgrammeSummary::helperSchools).sum()).isEqualTo(province.helperSchools());
        assertThat(ofCounties.stream().mapToLong(ProgrammeSummary::helpedSchools).sum()).isEqualTo(province.helpedSchools());
        assertThat(ofCounties.stream().mapToLong(ProgrammeSummary::pairs).sum()).isEqualTo(province.pairs());
        assertThat(ofCounties.stream().mapToLong(ProgrammeSummary::needsRaised).sum()).isEqualTo(province.needsRaised());
        assertThat(ofCounties.stream().mapToLong(ProgrammeSummary::outcomes).sum()).isEqualTo(province.outcomes());
        assertThat(ofCounties.stream().mapToLong(ProgrammeSummary::remoteClassrooms).sum()).isEqualTo(province.remoteClassrooms());
        assertThat(ofCounties.stream().mapToLong(ProgrammeSummary::donations).sum()).isEqualTo(province.donations());
        assertThat(ofCounties.stream().map(ProgrammeSummary::donationValue).reduce(java.math.BigDecimal.ZERO,
                java.math.BigDecimal::add)).isEqualByComparingTo(province.donationValue());
        assertThat(ofCounties.stream().mapToLong(ProgrammeSummary::studentPairs).sum()).isEqualTo(province.studentPairs());
        for (String kind : province.placementPersonTimes().keySet()) {
            assertThat(ofCounties.stream().mapToLong(c -> c.placementPersonTimes().get(kind)).sum()).as(kind)
                    .isEqualTo(province.placementPersonTimes().get(kind));
            assertThat(ofCounties.stream().mapToLong(c -> c.placementBatches().get(kind)).sum()).as(kind)
                    .isLessThanOrEqualTo(province.placementBatches().get(kind));
        }
        for (String kind : province.visitsByKind().keySet()) {
            assertThat(ofCounties.stream().mapToLong(c -> c.visitsByKind().getOrDefault(kind, 0L)).sum()).as(kind)
                    .isEqualTo(province.visitsByKind().get(kind));
        }

        Map<String, Long> groupByCounty = new java.util.TreeMap<>();
        Map<String, Long> allByCounty = new java.util.TreeMap<>();
        java.util.Set<String> people = new java.util.HashSet<>();
        for (Programme programme : assistance.programmes("990000", null)) {
            List<Placement> supportTeaching = assistance.placements(programme.id()).stream()
                    .filter(p -> p.kind() == PlacementKind.SUPPORT_TEACHING).toList();
            supportTeaching.forEach(p -> people.add(p.person()));
            Map<String, org.junheng.registry.School> received = registry.findSchools(
                    supportTeaching.stream().map(Placement::toSchool).toList());
            for (Placement p : supportTeaching) {
                String county = received.get(p.toSchool()).countyCode();
                allByCounty.merge(county, 1L, Long::sum);
                if (programme.id() == group.id()) {
                    groupByCounty.merge(county, 1L, Long::sum);
                }
            }
        }
        assertThat(province.placementPeople().get("support_teaching")).isEqualTo(people.size())
                .isLessThanOrEqualTo(province.placementPersonTimes().get("support_teaching"));
        assertThat(groupByCounty).hasSizeGreaterThan(1);
        assertThat(groupByCounty.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(904);
        for (int i = 0; i < counties.size(); i++) {
            assertThat(ofCounties.get(i).placementPersonTimes().get("support_teaching")).as(counties.get(i))
                    .isEqualTo(allByCounty.getOrDefault(counties.get(i), 0L));
        }
    }
}
