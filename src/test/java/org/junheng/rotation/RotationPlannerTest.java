package org.junheng.rotation;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junheng.assessment.Assessment;
import org.junheng.assessment.IndicatorAssessment;
import org.junheng.assessment.StageAssessment;
import org.junheng.importing.DataGenerator;
import org.junheng.importing.ImportProgress;
import org.junheng.importing.Importer;
import org.junheng.importing.SchoolStatsFile;
import org.junheng.importing.TeachersFile;
import org.junheng.registry.BackboneLevel;
import org.junheng.registry.SchoolYear;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Plans for a demo county, checked rule by rule independently of the solver. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RotationPlannerTest {

    private static final String COUNTY = "990121";
    private static final int YEAR = 2025;

    private final RotationPlanner planner = new RotationPlanner();
    private RotationProblem problem;

    @BeforeAll
    void generateADemoCountyWithItsTeachers(@TempDir Path demo) throws IOException {
        DataGenerator.generate(DataGenerator.Kind.DEMO, 1, 2025, true, demo, c -> { });
        SchoolStatsFile stats;
        try (InputStream in = Files.newInputStream(demo.resolve("school-stats.csv"))) {
            stats = Importer.readSchoolStats(in, "school-stats.csv", Locale.ENGLISH, ImportProgress.NONE);
        }
        TeachersFile teachers;
        try (InputStream in = Files.newInputStream(demo.resolve("teachers.csv"))) {
            teachers = Importer.readTeachers(in, "teachers.csv", Locale.ENGLISH, new HashMap<>(stats.rows().stream()
                    .collect(Collectors.toMap(r -> r.school().code(), SchoolYear::school, (a, b) -> a))), ImportProgress.NONE);
        }
        assertThat(teachers.valid()).as("%s", teachers.report().errors()).isTrue();
        problem = RotationProblem.ofCounty(COUNTY, stats.countyNames().get(COUNTY), YEAR, stats.rows(), teachers.teachers(),
                Set.of(), null);
    }

    private static double coefficient(Assessment assessment, String stage, String indicator) {
        StageAssessment s = assessment.counties().get(0).stages().stream().filter(st -> st.stage().key().equals(stage))
                .findFirst().orElseThrow();
        IndicatorAssessment i = s.indicators().stream().filter(x -> x.code().equals(indicator)).findFirst().orElseThrow();
        return i.cv() == null ? 0 : i.cv();
    }

    @Test
    void aDemoCountysPlanMeetsEveryHardRuleAndEvensOutTheTeacherIndicators() {
        RotationPlan plan = planner.plan(problem, RotationRules.DEFAULT, Duration.ofSeconds(8), (score, moves) -> { });

        assertThat(plan.brokenRules()).isEmpty();
        assertThat(plan.feasible()).isTrue();
        assertThat(PlanChecker.broken(problem, RotationRules.DEFAULT, plan)).isEmpty();
        assertThat(plan.quotas().rotated()).isGreaterThanOrEqualTo(plan.quotas().requiredRotated()).isPositive();
        boolean better = false;
        for (String stage : List.of("primary", "junior")) {
            for (String indicator : List.of("qualified_teachers_per_100", "backbone_teachers_per_100", "pe_art_teachers_per_100")) {
                double before = coefficient(plan.before(), stage, indicator);
                double after = coefficient(plan.after(), stage, indicator);
                assertThat(after).as(stage + " " + indicator).isLessThanOrEqualTo(before + 1e-12);
                better |= after < before - 1e-9;
            }
        }
        assertThat(better).isTrue();
        assertThat(plan.moves()).allSatisfy(m -> assertThat(m.reasons()).isNotEmpty());
    }

    @Test
    void lockedMovesAreKeptAndForbiddenMovesNeverMade() throws IOException {
        RotationPlan first = planner.plan(problem, RotationRules.DEFAULT, Duration.ofSeconds(3), (score, moves) -> { });
        PlannedMove kept = first.moves().get(0);
        PlannedMove ruledOut = first.moves().get(1);
        RotationRules rules = RotationRules.read(new StringReader("lock." + kept.teacherId() + "=" + kept.toSchool() + "\n"
                + "forbid." + ruledOut.teacherId() + "=" + ruledOut.toSchool() + "\n"));

        RotationPlan plan = planner.plan(problem, rules, Duration.ofSeconds(3), (score, moves) -> { });

        assertThat(plan.moves()).anySatisfy(m -> {
            assertThat(m.teacherId()).isEqualTo(kept.teacherId());
            assertThat(m.toSchool()).isEqualTo(kept.toSchool());
            assertThat(m.reasons()).contains("locked");
        });
        assertThat(plan.moves()).noneMatch(m -> m.teacherId().equals(ruledOut.teacherId())
                && m.toSchool().equals(ruledOut.toSchool()));
        assertThat(PlanChecker.broken(problem, rules, plan)).isEmpty();
    }

    @Test
    void tooFewBackboneTeachersForTheQuotaIsReportedWithTheShortfall() throws IOException {
        RotationRules allBackbone = RotationRules.read(new StringReader("quota.backbone-share=100%\nquota.rotation-share=0.5\n"));
        long eligibleBackbone = problem.teachers().stream()
                .filter(t -> PlanChecker.eligible(t, YEAR, problem.schoolYears().stream()
                        .collect(Collectors.toMap(s -> s.school().code(), s -> s))))
                .filter(t -> t.backboneLevel().ordinal() >= BackboneLevel.COUNTY.ordinal()).count();

        RotationPlan plan = planner.plan(problem, allBackbone, Duration.ofSeconds(2), (score, moves) -> { });

        assertThat(plan.feasible()).isFalse();
        BrokenRule backbone = plan.brokenRules().stream().filter(b -> b.rule().equals("backbone_share")).findFirst()
                .orElseThrow();
        assertThat(backbone.required()).isEqualTo(plan.quotas().requiredRotated());
        assertThat(backbone.possible()).isEqualTo(eligibleBackbone);
        assertThat(backbone.shortBy()).isEqualTo(plan.quotas().requiredRotated() - eligibleBackbone);
        assertThat(plan.moves()).isNotEmpty();
    }

    @Test
    void anUnknownRuleOrABadShareIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> RotationRules.read(new StringReader("quota.rotaton-share=0.1")))
                .hasMessageContaining("quota.rotaton-share");
        assertThatThrownBy(() -> RotationRules.read(new StringReader("quota.rotation-share=1.5")))
                .hasMessageContaining("quota.rotation-share");
    }
}
