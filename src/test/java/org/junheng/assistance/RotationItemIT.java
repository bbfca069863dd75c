package org.junheng.assistance;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junheng.DemoImport;
import org.junheng.IntegrationTest;
import org.junheng.assessment.AssessmentMethod;
import org.junheng.assessment.AssessmentService;
import org.junheng.assessment.ItemAssessment;
import org.junheng.assessment.StageWeights;
import org.junheng.importing.ImportType;
import org.junheng.importing.Importer;
import org.junheng.registry.BackboneLevel;
import org.junheng.registry.Gender;
import org.junheng.registry.Registry;
import org.junheng.registry.School;
import org.junheng.registry.SchoolQuery;
import org.junheng.registry.Teacher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Guarantee item 11 judged on a county's rotation placements against its roster, counted here independently. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RotationItemIT {

    private static final String COUNTY = "990121";
    private static final int YEAR = 2025;

    @Autowired
    Importer importer;

    @Autowired
    Assistance assistance;

    @Autowired
    AssessmentService assessments;

    @Autowired
    Registry registry;

    final List<Teacher> eligible = new ArrayList<>();
    Programme community;

    @BeforeAll
    void importACountyWithItsTeachers(@TempDir Path demo) throws Exception {
        DemoImport.importDemo(importer, demo, 1, ImportType.REGIONS, ImportType.SCHOOL_STATS, ImportType.TEACHERS);
        int page = 0;
        List<Teacher> roster = new ArrayList<>();
        while (true) {
            var teachers = registry.findTeachers(null, COUNTY, page++, 500);
            roster.addAll(teachers.content());
            if (page >= teachers.totalPages()) {
                break;
            }
        }
        // eligible: six years at the school, not exempt, more than three years before retiring at 60 (men) / 55 (women)
        roster.stream().filter(t -> !t.exempt() && t.yearsAtSchool() >= 6
                && YEAR - t.birthYear() < (t.gender() == Gender.FEMALE ? 52 : 57)).forEach(eligible::add);
        List<School> schools = registry.findSchools(new SchoolQuery(COUNTY, null, null), 0, 500).content();
        List<Programme.Participant> members = new ArrayList<>();
        members.add(new Programme.Participant(schools.get(0).code(), SchoolRole.LEAD));
        schools.subList(1, schools.size()).forEach(s -> members.add(new Programme.Participant(s.code(), SchoolRole.MEMBER)));
        community = assistance.createProgramme(new Programme(0, ProgrammeKind.COMMUNITY, "县域教共体交流轮岗", COUNTY,
                CommunityType.INTEGRATED, LocalDate.of(2025, 8, 1), null, null, null, members, 0));
    }

    private ItemAssessment item11() {
        return assessments.assess(COUNTY, YEAR, AssessmentMethod.QUALITY_2017, StageWeights.EQUAL).counties().get(0)
                .guarantee().items().stream().filter(i -> i.number() == 11).findFirst().orElseThrow();
    }

    private void rotate(Teacher teacher) {
        String to = community.schools().stream().map(Programme.Participant::schoolCode)
                .filter(code -> !code.equals(teacher.schoolCode())).findFirst().orElseThrow();
        assistance.place(new Placement(0, community.id(), PlacementKind.ROTATION, teacher.teacherId(), teacher.schoolCode(), to,
                LocalDate.of(YEAR, 9, 1), LocalDate.of(YEAR + 3, 8, 31), 1, 0));
    }

    @Test
    void rotationPlacementsDecideItem11ByTheTenAndTwentyPercentRules() {
        assertThat(eligible).hasSizeGreaterThan(20);
        List<Teacher> backbone = eligible.stream().filter(t -> t.backboneLevel().ordinal() >= BackboneLevel.COUNTY.ordinal())
                .toList();
        List<Teacher> others = eligible.stream().filter(t -> !backbone.contains(t)).toList();
        int tenPercent = (eligible.size() + 9) / 10;
        int fifthOfThem = (tenPercent + 4) / 5;
        assertThat(backbone).hasSizeGreaterThanOrEqualTo(fifthOfThem);

        others.subList(0, tenPercent - fifthOfThem).forEach(this::rotate);
        ItemAssessment tooFew = item11();
        assertThat(tooFew.pass()).isFalse();
        assertThat(tooFew.facts()).containsEntry("rotation_eligible", BigDecimal.valueOf(eligible.size()))
                .containsEntry("rotation_rotated", BigDecimal.valueOf(tenPercent - fifthOfThem))
                .containsEntry("rotation_backbone", BigDecimal.ZERO);

        backbone.subList(0, fifthOfThem).forEach(this::rotate);
        ItemAssessment enough = item11();
        assertThat(enough.facts()).containsEntry("rotation_rotated", BigDecimal.valueOf(tenPercent))
                .containsEntry("rotation_backbone", BigDecimal.valueOf(fifthOfThem));
        assertThat(enough.pass()).isTrue();
    }
}
