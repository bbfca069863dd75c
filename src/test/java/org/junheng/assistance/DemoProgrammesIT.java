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

    @Autowired
    Studios studios;

    @Autowired
    SchoolRelations relations;

    @Test
    void theDemoGroupAndPairingReportTheFiguresOfTheSeeds(@TempDir Path demo) throws Exception {
        DataGenerator.generate(DataGenerator.Kind.DEMO, null, 2025, false, demo, c -> { });
        for (ImportType type : new ImportType[] {ImportType.REGIONS, ImportType.SCHOOL_STATS}) {
            try (InputStream in = Files.newInputStream(demo.resolve(type.key() + ".csv"))) {
                assertThat(importer.importFile(type, in, type.key() + ".csv", Locale.ENGLISH, ImportProgress.NONE).stored())
                        .isTrue();
            }
        }

        new AssistanceDemo(assistance, registry, people, outreach, studios, relations).createProgrammes();

        Programme group = assistance.programmes("990000", null).stream()
                .filter(p -> p.name().equals(AssistanceDemo.GROUP_NAME)).reduce((first, last) -> last).orElseThrow();
        ProgrammeSummary groupSummary = assistance.summary(group.id());
        assertThat(groupSummary.placementPersonTimes().get("support_teaching")).isEqualTo(904);
        assertThat(groupSummary.placementBatches().get("support_teaching")).isEqualTo(3);
        assertThat(groupSummary.helpedSchools()).isEqualTo(70);
        assertThat(groupSummary.visits()).isEqualTo(280);
        assertThat(group.schools().stream().filter(s -> s.role() == SchoolRole.HELPED).map(s -> s.schoolCode().substring(1, 7))
                .distinct()).hasSize(7);
        // seed 002: 70 schools in 7 areas of 7 counties; 70+ friendship schools; one school entrusted
        assertThat(groupSummary.coverage()).isEqualTo(new ProgrammeCoverage(7, 7));
        assertThat(groupSummary.relations().friendshipSchools()).isEqualTo(72 + 70);
        assertThat(groupSummary.relations().entrustedSchools()).isEqualTo(1);
        assertThat(groupSummary.relations().secondedToOrganisations()).isEqualTo(7);
        assertThat(groupSummary.placementPersonTimes().get("secondment")).isEqualTo(7 + 3);

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
        theOutcomesOfSeed001AreCountedAsABureauCountsThem(pairingSummary);
        assertThat(assistance.needs(pairing.id())).extracting(Need::state)
                .contains(NeedState.OPEN, NeedState.PLANNED, NeedState.ADDRESSED, NeedState.CONFIRMED);
        everyCountysFiguresAddUpToTheProvincesAndSupportTeachingCountsWhereItWasReceived(group);
        theMountainCountyHasTheCommunitiesHonoursAndStudiosOfSeed004();
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

    /** Seed 001: 6 famous teachers, 2 famous principals, 91 backbone teachers, 62 first and second prizes, ~50 projects. */
    private void theOutcomesOfSeed001AreCountedAsABureauCountsThem(ProgrammeSummary pairing) {
        OutcomeCounts counts = pairing.outcomeCounts();
        assertThat(counts.honours(Honour.FAMOUS_TEACHER, OutcomeLevel.PROVINCE)).isEqualTo(6);
        assertThat(counts.honours(Honour.FAMOUS_PRINCIPAL, OutcomeLevel.PROVINCE)).isEqualTo(2);
        assertThat(counts.honours(Honour.BACKBONE_TEACHER, OutcomeLevel.PROVINCE)).isEqualTo(91);
        assertThat(counts.honours(Honour.ACADEMIC_LEADER)).isEqualTo(1);
        assertThat(counts.honours(Honour.DEMONSTRATION_SCHOOL)).isEqualTo(5);
        assertThat(counts.firstAndSecondPrizes()).isEqualTo(62);
        assertThat(counts.prizesByRank()).containsEntry("third", 0L);
        // 48 approvals and 20 completions of the same projects are 48 projects, not 68
        assertThat(pairing.outcomesByKind()).containsEntry("research_approved", 48L).containsEntry("research_completed", 20L);
        assertThat(counts.researchProjects()).isEqualTo(48);
        assertThat(counts.researchCompleted()).isEqualTo(20);
        assertThat(pairing.studios().studios()).isEqualTo(8);
        assertThat(pairing.studios().byKind()).containsEntry("rural_chief_teacher", 6L).containsEntry("other", 2L);
    }

    /**
     * Seed 004: 30 co-built, 14 collaborative and 2 integrated communities covering every compulsory
     * school; 8 famous principals, 48 famous teachers, 452 backbone teachers at rural schools; 28
     * studios moved down — the coverage checked against the schools counted here from the registry.
     */
    private void theMountainCountyHasTheCommunitiesHonoursAndStudiosOfSeed004() {
        ProgrammeSummary county = assistance.regionSummary(AssistanceDemo.MOUNTAIN_COUNTY, null, null);
        assertThat(county.communities().byType()).containsEntry("co_built", 30L).containsEntry("collaborative", 14L)
                .containsEntry("integrated", 2L);
        long compulsory = registry.findSchools(new org.junheng.registry.SchoolQuery(AssistanceDemo.MOUNTAIN_COUNTY, null, null),
                0, 1000).content().stream().filter(s -> s.type() != org.junheng.registry.SchoolType.SPECIAL).count();
        assertThat(county.communities().compulsorySchools()).isEqualTo(compulsory).isGreaterThan(100);
        assertThat(county.communities().schoolsCovered()).isEqualTo(compulsory);
        assertThat(county.communities().coveredPercent()).isEqualByComparingTo("100.0");
        Map<String, Long> rural = county.outcomeCounts().honoursByLocation().get("rural");
        assertThat(rural).containsEntry("famous_principal", 8L).containsEntry("famous_teacher", 48L)
                .containsEntry("backbone_teacher", 452L);
        assertThat(county.studios().movedDown()).isEqualTo(28);
        assertThat(county.studios().byLocation().get("rural")).isEqualTo(28);
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
        OutcomeCounts all = province.outcomeCounts();
        for (Honour honour : Honour.values()) {
            for (OutcomeLevel level : OutcomeLevel.values()) {
                assertThat(ofCounties.stream().mapToLong(c -> c.outcomeCounts().honours(honour, level)).sum())
                        .as(honour + " " + level).isEqualTo(all.honours(honour, level));
            }
        }
        for (String rank : all.prizesByRank().keySet()) {
            assertThat(ofCounties.stream().mapToLong(c -> c.outcomeCounts().prizesByRank().get(rank)).sum()).as(rank)
                    .isEqualTo(all.prizesByRank().get(rank));
        }
        assertThat(ofCounties.stream().mapToLong(c -> c.outcomeCounts().researchProjects()).sum())
                .isEqualTo(all.researchProjects());
        assertThat(ofCounties.stream().mapToLong(c -> c.studios().studios()).sum()).isEqualTo(province.studios().studios())
                .isEqualTo(28 + 8 + 1);
        for (String type : province.communities().byType().keySet()) {
            assertThat(ofCounties.stream().mapToLong(c -> c.communities().byType().get(type)).sum()).as(type)
                    .isEqualTo(province.communities().byType().get(type));
        }
        assertThat(ofCounties.stream().mapToLong(c -> c.relations().friendshipSchools()).sum())
                .isEqualTo(province.relations().friendshipSchools()).isEqualTo(72 + 70);
        assertThat(ofCounties.stream().mapToLong(c -> c.relations().entrustedSchools()).sum())
                .isEqualTo(province.relations().entrustedSchools()).isEqualTo(1);
        // each cadre counts in the county of the bureau they were seconded to
        assertThat(ofCounties.stream().mapToLong(c -> c.relations().secondedToOrganisations()).sum())
                .isEqualTo(province.relations().secondedToOrganisations()).isEqualTo(7);
        assertThat(counties.stream().filter(AssistanceDemo.GROUP_COUNTIES::contains)
                .map(c -> ofCounties.get(counties.indexOf(c)).relations().secondedToOrganisations())).containsOnly(1L);
        assertThat(ofCounties.stream().mapToLong(c -> c.communities().schoolsCovered()).sum())
                .isEqualTo(province.communities().schoolsCovered());
        assertThat(ofCounties.stream().mapToLong(c -> c.communities().compulsorySchools()).sum())
                .isEqualTo(province.communities().compulsorySchools());
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
