package org.junheng.rotation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junheng.importing.DataGenerator;
import org.junheng.importing.ImportProgress;
import org.junheng.importing.Importer;
import org.junheng.importing.SchoolStatsFile;
import org.junheng.importing.TeachersFile;
import org.junheng.registry.SchoolYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every county of the demo province planned with the default rules: no school-stage loses compliance
 * and the count of compliant school-stages never falls, as the independent checker sees it; what the plan says of
 * each school-stage left non-compliant (what it lacks, how many teachers would make it compliant) holds by the
 * official assessment of that school alone.
 */
class DemoCountiesRotationTest {

    private static final int YEAR = 2025;
    /** Short, to keep the build quick; BENCHMARKS.md has the same at 15 s a county. */
    private static final Duration PER_COUNTY = Duration.ofSeconds(3);

    @Test
    void noDemoCountysPlanLosesACompliantSchoolStageAndSomeGainOne(@TempDir Path demo) throws IOException {
        DataGenerator.generate(DataGenerator.Kind.DEMO, 12, YEAR, true, demo, c -> { });
        SchoolStatsFile stats;
        try (InputStream in = Files.newInputStream(demo.resolve("school-stats.csv"))) {
            stats = Importer.readSchoolStats(in, "school-stats.csv", Locale.ENGLISH, ImportProgress.NONE);
        }
        TeachersFile roster;
        try (InputStream in = Files.newInputStream(demo.resolve("teachers.csv"))) {
            roster = Importer.readTeachers(in, "teachers.csv", Locale.ENGLISH, new HashMap<>(stats.rows().stream()
                    .collect(Collectors.toMap(r -> r.school().code(), SchoolYear::school, (a, b) -> a))), ImportProgress.NONE);
        }
        Set<String> counties = new TreeSet<>(stats.countyNames().keySet());
        RotationPlanner planner = new RotationPlanner();
        int gained = 0;
        int teachersShortChecked = 0;

        for (String county : counties) {
            RotationProblem problem = RotationProblem.ofCounty(county, stats.countyNames().get(county), YEAR, stats.rows(),
                    roster.teachers(), Set.of(), null);

            RotationPlan plan = planner.plan(problem, RotationRules.DEFAULT, PER_COUNTY, (score, moves) -> { });

            assertThat(plan.feasible()).as(county).isTrue();
            assertThat(PlanChecker.broken(problem, RotationRules.DEFAULT, plan)).as(county).isEmpty();
            PlanChecker.NotCompliantChecked notCompliant = PlanChecker.notCompliant(problem, RotationRules.DEFAULT, plan, 12);
            assertThat(notCompliant.wrong()).as(county).isEmpty();
            teachersShortChecked += notCompliant.teachersShortChecked();
            for (PlanEffect.StageEffect stage : plan.effect().stages()) {
                assertThat(stage.notCompliant()).as(county + " " + stage.stage())
                        .hasSize(stage.schoolStages() - stage.compliantAfter());
                assertThat(stage.noLongerCompliant()).as(county + " " + stage.stage()).isEmpty();
                assertThat(stage.compliantAfter()).as(county + " " + stage.stage())
                        .isGreaterThanOrEqualTo(stage.compliantBefore());
                gained += stage.compliantAfter() - stage.compliantBefore();
            }
        }

        assertThat(counties).hasSize(12);
        assertThat(gained).isPositive();
        assertThat(teachersShortChecked).isPositive();
    }
}
