package org.junheng.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junheng.DemoProvince;
import org.junheng.importing.SchoolStatsFile;
import org.junheng.registry.CountyFacts;
import org.junheng.registry.SchoolYear;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo province is there to show the method at work: it must give the method something to find. */
class DemoAssessmentTest {

    static SchoolStatsFile file;
    static Assessment assessment;

    @BeforeAll
    static void assessTheDemo() {
        file = DemoProvince.schoolStats();
        assessment = new AssessmentEngine().assess(2025, file.rows(), file.countyNames());
    }

    private static boolean allCoefficientsWithinLimits(CountyAssessment county) {
        return county.stages().stream().flatMap(s -> s.indicators().stream()).allMatch(IndicatorAssessment::cvPass);
    }

    @Test
    void theRowsOrderAndTheSlicesScannedChangeNothing() {
        // given the demo rows grouped by county as the file has them, the same in reverse (grouped, each county's
        // schools out of code order), and shuffled
        List<SchoolYear> grouped = file.rows();
        List<SchoolYear> reversed = new ArrayList<>(grouped);
        Collections.reverse(reversed);
        List<SchoolYear> shuffled = new ArrayList<>(grouped);
        Collections.shuffle(shuffled, new Random(7));

        // when assessed in slices of 7 rows, which cut counties everywhere, and shuffled in one slice and in many
        AssessmentEngine engine = new AssessmentEngine();
        List<Assessment> others = List.of(engine.withSliceRows(7).assess(2025, grouped, file.countyNames()),
                engine.withSliceRows(7).assess(2025, reversed, file.countyNames()),
                engine.assess(2025, shuffled, file.countyNames()),
                engine.withSliceRows(7).assess(2025, shuffled, file.countyNames()));

        // then every county and school-stage is as when the rows are read in one run a county
        for (Assessment other : others) {
            assertThat(other.counties()).isEqualTo(assessment.counties());
            assertThat(other.schools()).isEqualTo(assessment.schools());
        }
        assertThat(assessment.schools()).extracting(SchoolStageAssessment::schoolCode)
                .isSortedAccordingTo(Comparator.naturalOrder());
    }

    @Test
    void aCountyThatReportsNoFactsIsAssessedAsOneWhoseFactsAreAllMissing() {
        // given every demo county's facts given as a report with no figure in it
        Map<String, CountyFacts> empty = new HashMap<>();
        file.countyNames().keySet().forEach(county -> empty.put(county, new CountyFacts(county, 2025, Map.of(), "")));

        // when assessed with those empty reports
        Assessment reported = new AssessmentEngine().assess(2025, file.rows(), file.countyNames(), empty);

        // then each county is as when it reports nothing at all: every fact item undetermined, named as missing
        assertThat(reported.counties()).isEqualTo(assessment.counties());
        assertThat(assessment.counties()).allSatisfy(county -> assertThat(county.reasons())
                .anySatisfy(reason -> assertThat(reason.message()).startsWith("County facts missing: guarantee 1 ")));
    }

    @Test
    void someDemoCountiesMeetEveryCoefficientLimitAndOthersDoNot() {
        List<CountyAssessment> counties = assessment.counties();

        assertThat(counties).hasSize(12);
        assertThat(counties).anyMatch(DemoAssessmentTest::allCoefficientsWithinLimits);
        assertThat(counties).anyMatch(c -> !allCoefficientsWithinLimits(c));
    }

    @Test
    void demoSchoolsStraddleTheStandards() {
        assertThat(assessment.schools()).anyMatch(s -> Boolean.TRUE.equals(s.compliant()))
                .anyMatch(s -> Boolean.FALSE.equals(s.compliant()));
        assertThat(assessment.counties()).anyMatch(c -> c.stages().stream()
                .allMatch(s -> s.compliantSchools() >= 0.85 * s.schoolCount()));
    }

    @Test
    void everyDemoCountyHasTheExcludedCases() {
        assertThat(assessment.schools()).extracting(SchoolStageAssessment::excluded)
                .contains(Exclusion.SPECIAL_SCHOOL, Exclusion.SMALL_TEACHING_POINT);
    }

    @Test
    void everyCoefficientOverItsLimitComesWithAProposalThatMeetsIt() {
        for (CountyAssessment county : assessment.counties()) {
            for (StageAssessment stage : county.stages()) {
                long over = stage.indicators().stream().filter(i -> i.cv() != null && !i.cvPass()).count();
                assertThat(stage.proposals()).hasSize((int) over);
                assertThat(stage.proposals()).allSatisfy(p ->
                        assertThat(p.cvAfter()).isLessThanOrEqualTo(AssessmentMethod.QUALITY_2017.coefficientLimit(stage.stage()).doubleValue()));
            }
        }
    }
}
