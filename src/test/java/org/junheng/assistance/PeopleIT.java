package org.junheng.assistance;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junheng.DemoImport;
import org.junheng.IntegrationTest;
import org.junheng.importing.ImportType;
import org.junheng.importing.Importer;
import org.junheng.registry.Registry;
import org.junheng.registry.School;
import org.junheng.registry.SchoolQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A liaison team of three researchers and the training institution of a group, registered and made members. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleIT {

    private static final String COUNTY = "990121";

    @Autowired
    Importer importer;

    @Autowired
    Assistance assistance;

    @Autowired
    People people;

    @Autowired
    Registry registry;

    Programme liaison;

    @BeforeAll
    void importACountyAndSetUpALiaisonTeam(@TempDir Path demo) throws Exception {
        DemoImport.importDemo(importer, demo, 1, ImportType.REGIONS, ImportType.SCHOOL_STATS);
        School school = registry.findSchools(new SchoolQuery(COUNTY, null, null), 0, 1).content().get(0);
        liaison = assistance.createProgramme(new Programme(0, ProgrammeKind.LIAISON, "教研员联系县", COUNTY, null,
                LocalDate.of(2024, 2, 26), null, null, null, List.of(new Programme.Participant(school.code(),
                SchoolRole.HELPED)), 0));
    }

    @Test
    void aLiaisonTeamOfThreeResearchersFromOneOfficeBecomesTheProgrammesMembers() {
        Organisation office = people.register(new Organisation(0, "省教育科学研究院", OrganisationKind.RESEARCH_OFFICE,
                "990000", 0));
        for (String name : List.of("教研员甲", "教研员乙", "教研员丙")) {
            Person researcher = people.register(new Person(0, name, PersonKind.RESEARCHER, "初中数学教研员", office.id(),
                    "990000", 0));
            people.join(new Member(0, liaison.id(), researcher.id(), null,
                    name.equals("教研员甲") ? MemberRole.TEAM_LEADER : MemberRole.TEAM_MEMBER));
        }
        people.join(new Member(0, liaison.id(), null, office.id(), MemberRole.PARTNER));

        List<Member> members = people.members(liaison.id());
        assertThat(members).hasSize(4);
        assertThat(members).filteredOn(m -> m.personId() != null).hasSize(3);
        assertThat(members).extracting(Member::role).containsOnlyOnce(MemberRole.TEAM_LEADER);
        assertThat(people.people("990000", PersonKind.RESEARCHER, 0, 10).totalElements()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aPersonIsNeverRegisteredUnderANationalIdNorTwiceInOneProgramme() {
        assertThatThrownBy(() -> people.register(new Person(0, "350102198801011234", PersonKind.EXPERT, null, null,
                "990000", 0))).isInstanceOf(AssistanceRejected.class).hasMessageContaining("national ID");
        Person expert = people.register(new Person(0, "专家丁", PersonKind.EXPERT, null, null, "990000", 0));
        people.join(new Member(0, liaison.id(), expert.id(), null, MemberRole.EXPERT));

        assertThatThrownBy(() -> people.join(new Member(0, liaison.id(), expert.id(), null, MemberRole.EXPERT)))
                .isInstanceOf(AssistanceRejected.class).hasMessageContaining("already");
        assertThatThrownBy(() -> people.join(new Member(0, liaison.id(), expert.id(), 1L, MemberRole.EXPERT)))
                .isInstanceOf(AssistanceRejected.class);
    }

    @Test
    void aStaleVersionDoesNotOverwriteAPerson() {
        Person expert = people.register(new Person(0, "专家戊", PersonKind.EXPERT, null, null, "990000", 0));
        people.update(expert.id(), new Person(0, "专家戊", PersonKind.EXPERT, "特级教师", null, "990000", 0));

        assertThatThrownBy(() -> people.update(expert.id(), new Person(0, "专家戊", PersonKind.CADRE, null, null, "990000", 0)))
                .isInstanceOf(StaleRecord.class);
        assertThat(people.person(expert.id()).orElseThrow().position()).isEqualTo("特级教师");
    }
}
