package org.junheng.assistance;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

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
        ProgrammeSummary ofCounty = assistance.regionSummary("990121", LocalDate.of(2023, 1, 1),
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
}
