package org.junheng.assessment;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junheng.registry.CountyFact;
import org.junheng.registry.CountyFacts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junheng.assessment.SchoolBuilder.COUNTY;
import static org.junheng.assessment.SchoolBuilder.YEAR;
import static org.junheng.assessment.SchoolBuilder.primarySchool;

class CountyFactsRulesTest {

    /** Facts that keep every rule: yes where yes is good, no for every veto, figures above their thresholds. */
    private static Map<CountyFact, BigDecimal> goodFacts() {
        Map<CountyFact, BigDecimal> facts = new EnumMap<>(CountyFact.class);
        for (CountyFact fact : CountyFact.values()) {
            facts.put(fact, BigDecimal.ONE);
        }
        for (CountyFact veto : List.of(CountyFact.EXAM_ADMISSION, CountyFact.ILLEGAL_SCHOOL_CHOICE, CountyFact.KEY_SCHOOLS,
                CountyFact.MAJOR_INCIDENT, CountyFact.DATA_FRAUD)) {
            facts.put(veto, BigDecimal.ZERO);
        }
        facts.put(CountyFact.SPECIAL_SCHOOL_FUNDING, new BigDecimal("6000"));
        facts.put(CountyFact.TEACHER_TRAINING_RATE, new BigDecimal("100"));
        facts.put(CountyFact.ROTATION_ELIGIBLE, new BigDecimal("1000"));
        facts.put(CountyFact.ROTATION_ROTATED, new BigDecimal("100"));
        facts.put(CountyFact.ROTATION_BACKBONE, new BigDecimal("20"));
        facts.put(CountyFact.NEARBY_ADMISSION_PRIMARY, new BigDecimal("100"));
        facts.put(CountyFact.NEARBY_ADMISSION_JUNIOR, new BigDecimal("95"));
        facts.put(CountyFact.SENIOR_QUOTA_ALLOCATION, new BigDecimal("50"));
        facts.put(CountyFact.MIGRANT_CHILDREN_PUBLIC, new BigDecimal("85"));
        facts.put(CountyFact.JUNIOR_RETENTION, new BigDecimal("95"));
        facts.put(CountyFact.DISABLED_ENROLMENT, new BigDecimal("95"));
        facts.put(CountyFact.MONITORING_DIFFERENCE, new BigDecimal("0.149"));
        facts.put(CountyFact.SOCIAL_RECOGNITION, new BigDecimal("85"));
        facts.put(CountyFact.BASIC_BALANCE_YEARS, new BigDecimal("3"));
        return facts;
    }

    private static CountyAssessment assess(Map<CountyFact, BigDecimal> facts) {
        Assessment assessment = new AssessmentEngine().assess(YEAR,
                List.of(primarySchool("2990121001", 800).build(), primarySchool("2990121002", 700).build()),
                Map.of(COUNTY, "青岭县"), Map.of(COUNTY, new CountyFacts(COUNTY, YEAR, facts, "自评报告")));
        return assessment.counties().get(0);
    }

    private static ItemAssessment item(DimensionAssessment dimension, int number) {
        return dimension.items().stream().filter(i -> i.number() == number).findFirst().orElseThrow();
    }

    @Test
    void countyWithCompliantSchoolsAndEveryFactAtItsThresholdIsMet() {
        CountyAssessment county = assess(goodFacts());

        assertThat(county.reasons()).isEmpty();
        assertThat(county.verdict()).isEqualTo(Verdict.MET);
        assertThat(county.guarantee().items()).extracting(ItemAssessment::number)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
    }

    @Test
    void fewerThanTenPercentOfEligibleTeachersRotatingFailsGuaranteeItem11() {
        Map<CountyFact, BigDecimal> facts = goodFacts();
        facts.put(CountyFact.ROTATION_ROTATED, new BigDecimal("99"));
        facts.put(CountyFact.ROTATION_BACKBONE, new BigDecimal("20"));

        CountyAssessment county = assess(facts);

        assertThat(item(county.guarantee(), 11).pass()).isFalse();
        assertThat(item(county.guarantee(), 11).facts()).containsEntry("rotation_rotated", new BigDecimal("99"));
        assertThat(county.verdict()).isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void backboneTeachersUnderAFifthOfThoseRotatingFailGuaranteeItem11() {
        Map<CountyFact, BigDecimal> facts = goodFacts();
        facts.put(CountyFact.ROTATION_BACKBONE, new BigDecimal("19"));

        assertThat(item(assess(facts).guarantee(), 11).pass()).isFalse();
    }

    @Test
    void socialRecognitionUnder85PercentFails() {
        Map<CountyFact, BigDecimal> facts = goodFacts();
        facts.put(CountyFact.SOCIAL_RECOGNITION, new BigDecimal("84.9"));

        CountyAssessment county = assess(facts);

        assertThat(county.recognition().pass()).isFalse();
        assertThat(county.reasons()).extracting(Reason::code).containsExactly("recognition_item_failed");
    }

    @Test
    void aVetoMakesTheCountyNotMetWhateverElseHolds() {
        Map<CountyFact, BigDecimal> facts = goodFacts();
        facts.put(CountyFact.KEY_SCHOOLS, BigDecimal.ONE);

        CountyAssessment county = assess(facts);

        assertThat(county.resourcePass()).isTrue();
        assertThat(item(county.veto(), 3).code()).isEqualTo("key_schools");
        assertThat(county.verdict()).isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void qualityMonitoringNeedsADifferenceRateBelow015() {
        Map<CountyFact, BigDecimal> facts = goodFacts();
        facts.put(CountyFact.MONITORING_DIFFERENCE, new BigDecimal("0.15"));

        assertThat(item(assess(facts).quality(), 9).pass()).isFalse();
    }

    @Test
    void anItemMissingOneOfItsFactsIsUndeterminedAndTheCountyIncomplete() {
        Map<CountyFact, BigDecimal> facts = goodFacts();
        facts.remove(CountyFact.NEARBY_ADMISSION_JUNIOR);

        CountyAssessment county = assess(facts);

        assertThat(item(county.guarantee(), 13).pass()).isNull();
        assertThat(county.guarantee().pass()).isNull();
        assertThat(county.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(county.reasons()).singleElement().satisfies(r -> assertThat(r.message()).contains("nearby_admission"));
    }
}
