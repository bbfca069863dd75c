package org.junheng.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junheng.registry.SchoolYear;
import org.junheng.registry.Stage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junheng.assessment.SchoolBuilder.YEAR;
import static org.junheng.assessment.SchoolBuilder.primarySchool;

class WhatIfTest {

    private final SchoolYear strong = primarySchool("2990121001", 1000).teachers(60, 20, 12).build();
    private final SchoolYear weak = primarySchool("2990121002", 400).equipment("600000").teachers(18, 2, 4).build();

    private static SchoolStageAssessment school(Assessment assessment, String code) {
        return assessment.schools().stream().filter(s -> s.schoolCode().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void addingTheEquipmentGapMakesTheSchoolReachTheStandard() {
        Assessment before = new AssessmentEngine().assess(YEAR, List.of(strong, weak), Map.of());
        double gap = school(before, "2990121002").gaps().get("equipment_value_per_student");

        List<SchoolYear> changed = WhatIf.apply(List.of(strong, weak), List.of(new Change.AddResource("2990121002", null,
                "equipment_value", BigDecimal.valueOf(gap))));
        Assessment after = new AssessmentEngine().assess(YEAR, changed, Map.of());

        assertThat(gap).isEqualTo(200_000.0);
        assertThat(school(after, "2990121002").passes().get("equipment_value_per_student")).isTrue();
        assertThat(school(after, "2990121002").gaps()).doesNotContainKey("equipment_value_per_student");
    }

    @Test
    void rotatingBackboneTeachersMovesThemAndTheirCategoriesBetweenSchools() {
        List<SchoolYear> changed = WhatIf.apply(List.of(strong, weak), List.of(new Change.MoveTeachers("2990121001",
                "2990121002", Stage.PRIMARY, 3, true, true, false)));

        assertThat(changed.get(0).statistics().primary().backboneTeachers()).isEqualTo(17);
        assertThat(changed.get(0).statistics().primary().qualifiedTeachers()).isEqualTo(57);
        assertThat(changed.get(1).statistics().primary().backboneTeachers()).isEqualTo(5);
        assertThat(changed.get(1).statistics().primary().teachers()).isEqualTo(weak.statistics().primary().teachers() + 3);
        assertThat(weak.statistics().primary().backboneTeachers()).as("the original is untouched").isEqualTo(2);
    }

    @Test
    void hiringQualifiedTeachersRaisesTheStageTeachersAndCertifiedCounts() {
        List<SchoolYear> changed = WhatIf.apply(List.of(weak), List.of(new Change.AddResource("2990121002",
                Stage.PRIMARY, "qualified_teachers", BigDecimal.valueOf(2))));

        assertThat(changed.get(0).statistics().primary().qualifiedTeachers()).isEqualTo(20);
        assertThat(changed.get(0).statistics().primary().teachers()).isEqualTo(weak.statistics().primary().teachers() + 2);
        assertThat(changed.get(0).statistics().facilities().certifiedTeachers())
                .isEqualTo(weak.statistics().facilities().certifiedTeachers() + 2);
    }

    @Test
    void movingMoreTeachersThanTheSchoolHasIsRejectedNamingTheChange() {
        List<Change> changes = List.of(
                new Change.AddResource("2990121002", null, "sports_area", BigDecimal.TEN),
                new Change.MoveTeachers("2990121002", "2990121001", Stage.PRIMARY, 3, false, true, false));

        assertThatThrownBy(() -> WhatIf.apply(List.of(strong, weak), changes))
                .isInstanceOf(WhatIf.ChangeRejected.class)
                .hasMessageContaining("change 1")
                .hasMessageContaining("does not have 3 such teachers");
    }

    @Test
    void anUnknownSchoolOrResourceOrFractionalRoomIsRejected() {
        assertThatThrownBy(() -> WhatIf.apply(List.of(weak), List.of(new Change.AddResource("2990121999", null,
                "sports_area", BigDecimal.TEN)))).hasMessageContaining("2990121999");
        assertThatThrownBy(() -> WhatIf.apply(List.of(weak), List.of(new Change.AddResource("2990121002", null,
                "swimming_pools", BigDecimal.ONE)))).hasMessageContaining("unknown resource");
        assertThatThrownBy(() -> WhatIf.apply(List.of(weak), List.of(new Change.AddResource("2990121002", null,
                "multimedia_classrooms", new BigDecimal("1.5"))))).hasMessageContaining("whole");
    }
}
