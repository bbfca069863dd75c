package org.junheng.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junheng.registry.SchoolYear;
import org.junheng.registry.Stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DifferenceCoefficientProperties {

    record Sized(int students, long equipment) {
    }

    @Provide
    Arbitrary<List<Sized>> schools() {
        Arbitrary<Sized> school = Combinators.combine(Arbitraries.integers().between(50, 3000),
                Arbitraries.longs().between(1, 20_000_000)).as(Sized::new);
        return school.list().ofMinSize(2).ofMaxSize(40);
    }

    private static IndicatorAssessment equipment(List<Sized> schools, double factor) {
        List<SchoolYear> rows = new ArrayList<>();
        for (int i = 0; i < schools.size(); i++) {
            Sized s = schools.get(i);
            rows.add(SchoolBuilder.primarySchool(String.format("2990121%03d", i), s.students())
                    .equipment(BigDecimal.valueOf(s.equipment()).multiply(BigDecimal.valueOf(factor)).toPlainString())
                    .build());
        }
        Assessment assessment = new AssessmentEngine().assess(SchoolBuilder.YEAR, rows, Map.of());
        return assessment.counties().get(0).stages().stream().filter(st -> st.stage() == Stage.PRIMARY).findFirst()
                .orElseThrow().indicators().stream().filter(i -> i.code().equals("equipment_value_per_student"))
                .findFirst().orElseThrow();
    }

    @Property
    void coefficientIsUnchangedWhenEverySchoolsResourceIsScaled(@ForAll("schools") List<Sized> schools,
                                                                @ForAll @DoubleRange(min = 0.01, max = 100) double factor) {
        assertThat(equipment(schools, factor).cv()).isCloseTo(equipment(schools, 1).cv(), within(1e-9));
    }

    @Property
    void coefficientIsZeroWhenEverySchoolHasTheSameValue(@ForAll @Size(min = 2, max = 40) List<@IntRange(min = 50, max = 3000) Integer> sizes,
                                                          @ForAll @IntRange(min = 1, max = 10_000) int yuanPerStudent) {
        List<Sized> schools = sizes.stream().map(n -> new Sized(n, (long) n * yuanPerStudent)).toList();

        assertThat(equipment(schools, 1).cv()).isCloseTo(0.0, within(1e-12));
    }

    @Property
    void countyValueIsTheAggregateRatioOfResourceToStudents(@ForAll("schools") List<Sized> schools) {
        double resource = schools.stream().mapToDouble(Sized::equipment).sum();
        double students = schools.stream().mapToDouble(Sized::students).sum();

        assertThat(equipment(schools, 1).countyValue()).isCloseTo(resource / students, within(1e-9 * resource / students));
    }

    @Property
    void coefficientEqualsTheWeightedFormulaOverSchoolValues(@ForAll("schools") List<Sized> schools) {
        double total = schools.stream().mapToDouble(Sized::students).sum();
        double mean = schools.stream().mapToDouble(Sized::equipment).sum() / total;
        double variance = 0;
        for (Sized s : schools) {
            double x = (double) s.equipment() / s.students();
            variance += s.students() / total * (x - mean) * (x - mean);
        }

        assertThat(equipment(schools, 1).cv()).isCloseTo(Math.sqrt(variance) / mean, within(1e-9));
    }

    @Property(tries = 200)
    void aProposalAlwaysBringsTheCoefficientWithinTheLimit(@ForAll("schools") List<Sized> schools) {
        List<SchoolYear> rows = new ArrayList<>();
        for (int i = 0; i < schools.size(); i++) {
            rows.add(SchoolBuilder.primarySchool(String.format("2990121%03d", i), schools.get(i).students())
                    .equipment(String.valueOf(schools.get(i).equipment())).multimediaClassrooms(1 + i % 7).build());
        }
        StageAssessment primary = new AssessmentEngine().assess(SchoolBuilder.YEAR, rows, Map.of()).counties().get(0)
                .stages().get(0);

        for (BalanceProposal proposal : primary.proposals()) {
            assertThat(proposal.cvAfter()).isLessThanOrEqualTo(0.50);
            assertThat(proposal.cvAfter()).isLessThan(proposal.cvBefore());
            if (proposal.unit().whole()) {
                assertThat(proposal.additions()).allSatisfy(a -> assertThat(a.amount() % 1).isZero());
            }
        }
    }

    /** Two schools of n pupils at 3k and k yuan each: CV = 2k / 4k = 0.50 exactly, the primary limit. */
    private static IndicatorAssessment atTheLimit(int pupils, long cents, String extraYuan) {
        BigDecimal k = BigDecimal.valueOf(cents).movePointLeft(2);
        BigDecimal n = BigDecimal.valueOf(pupils);
        return equipmentOf(List.of(
                SchoolBuilder.primarySchool("2990121001", pupils).equipment(k.multiply(BigDecimal.valueOf(3)).multiply(n)
                        .add(new BigDecimal(extraYuan)).toPlainString()).build(),
                SchoolBuilder.primarySchool("2990121002", pupils).equipment(k.multiply(n).toPlainString()).build()));
    }

    private static IndicatorAssessment equipmentOf(List<SchoolYear> rows) {
        Assessment assessment = new AssessmentEngine().assess(SchoolBuilder.YEAR, rows, Map.of());
        return assessment.counties().get(0).stages().stream().filter(st -> st.stage() == Stage.PRIMARY).findFirst()
                .orElseThrow().indicators().stream().filter(i -> i.code().equals("equipment_value_per_student"))
                .findFirst().orElseThrow();
    }

    @Property
    void aCoefficientThatIsExactlyTheLimitPassesWhateverFloatingPointMakesOfIt(
            @ForAll @IntRange(min = 50, max = 3000) int pupils, @ForAll @IntRange(min = 1, max = 1_000_000) int cents) {
        assertThat(atTheLimit(pupils, cents, "0").cvPass()).isTrue();
    }

    @Property
    void aCoefficientOneCentAboveTheLimitFails(
            @ForAll @IntRange(min = 50, max = 3000) int pupils, @ForAll @IntRange(min = 1, max = 1_000_000) int cents) {
        assertThat(atTheLimit(pupils, cents, "0.01").cvPass()).isFalse();
    }
}
