package org.junheng.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.junheng.registry.CountyFact;
import org.junheng.registry.CountyFacts;

/**
 * The items judged on county facts (docs/assessment.md, "Items judged on county facts"), as data: which facts an item
 * reads and when it holds, with the thresholds of a profile. An item whose facts are not all given
 * is undetermined.
 */
final class FactRules {

    /** An item: its number in its list, its code, the facts it reads, and the rule over their values. */
    record Rule(int number, String code, List<CountyFact> reads, Function<Map<CountyFact, BigDecimal>, Boolean> holds) {
    }

    /** The guarantee items judged on facts, with the profile's thresholds. */
    static List<Rule> guarantee(Profile profile) {
        BigDecimal rotationShare = profile.number("guarantee.rotation_share");
        BigDecimal backboneShare = profile.number("guarantee.rotation_backbone_share");
        BigDecimal nearbyPrimary = profile.number("guarantee.nearby_admission_primary");
        BigDecimal nearbyJunior = profile.number("guarantee.nearby_admission_junior");
        return List.of(
                yes(1, "layout_planning", CountyFact.LAYOUT_PLANNING),
                yes(2, "school_standards", CountyFact.SCHOOL_STANDARDS),
                yes(6, "small_school_funding", CountyFact.SMALL_SCHOOL_FUNDING),
                atLeast(7, "special_school_funding", CountyFact.SPECIAL_SCHOOL_FUNDING,
                        profile.number("guarantee.special_school_funding")),
                yes(8, "teacher_pay", CountyFact.TEACHER_PAY),
                atLeast(9, "teacher_training", CountyFact.TEACHER_TRAINING_RATE, profile.number("guarantee.teacher_training")),
                yes(10, "staffing", CountyFact.STAFFING),
                new Rule(11, "teacher_rotation", List.of(CountyFact.ROTATION_ELIGIBLE, CountyFact.ROTATION_ROTATED,
                        CountyFact.ROTATION_BACKBONE), v -> {
                            BigDecimal rotated = v.get(CountyFact.ROTATION_ROTATED);
                            // a share of the eligible rotate (10%), and backbone teachers are a share of them (20%)
                            return rotated.compareTo(rotationShare.multiply(v.get(CountyFact.ROTATION_ELIGIBLE))) >= 0
                                    && v.get(CountyFact.ROTATION_BACKBONE).compareTo(backboneShare.multiply(rotated)) >= 0;
                        }),
                new Rule(13, "nearby_admission", List.of(CountyFact.NEARBY_ADMISSION_PRIMARY,
                        CountyFact.NEARBY_ADMISSION_JUNIOR),
                        v -> v.get(CountyFact.NEARBY_ADMISSION_PRIMARY).compareTo(nearbyPrimary) >= 0
                                && v.get(CountyFact.NEARBY_ADMISSION_JUNIOR).compareTo(nearbyJunior) >= 0),
                atLeast(14, "senior_quota_allocation", CountyFact.SENIOR_QUOTA_ALLOCATION,
                        profile.number("guarantee.senior_quota_allocation")),
                atLeast(15, "migrant_children", CountyFact.MIGRANT_CHILDREN_PUBLIC, profile.number("guarantee.migrant_children")));
    }

    static List<Rule> quality(Profile profile) {
        BigDecimal difference = profile.number("quality.monitoring_difference");
        return List.of(
                atLeast(1, "junior_retention", CountyFact.JUNIOR_RETENTION, profile.number("quality.junior_retention")),
                atLeast(2, "disabled_enrolment", CountyFact.DISABLED_ENROLMENT, profile.number("quality.disabled_enrolment")),
                yes(3, "school_charter_it", CountyFact.SCHOOL_CHARTER_IT),
                yes(4, "training_budget", CountyFact.TRAINING_BUDGET),
                yes(5, "it_use", CountyFact.IT_USE),
                yes(6, "moral_education", CountyFact.MORAL_EDUCATION),
                yes(7, "curriculum", CountyFact.CURRICULUM),
                yes(8, "study_burden", CountyFact.STUDY_BURDEN),
                new Rule(9, "quality_monitoring", List.of(CountyFact.MONITORING_LEVEL, CountyFact.MONITORING_DIFFERENCE),
                        v -> v.get(CountyFact.MONITORING_LEVEL).signum() != 0
                                && v.get(CountyFact.MONITORING_DIFFERENCE).compareTo(difference) < 0));
    }

    static List<Rule> recognition(Profile profile) {
        return List.of(atLeast(1, "social_recognition", CountyFact.SOCIAL_RECOGNITION,
                profile.number("recognition.social_recognition")));
    }

    /** Vetoes hold when the bad thing did not happen; the precondition when basic balance is old enough. */
    static List<Rule> vetoes(Profile profile) {
        return List.of(
                no(1, "exam_admission", CountyFact.EXAM_ADMISSION),
                no(2, "illegal_school_choice", CountyFact.ILLEGAL_SCHOOL_CHOICE),
                no(3, "key_schools", CountyFact.KEY_SCHOOLS),
                no(4, "major_incident", CountyFact.MAJOR_INCIDENT),
                no(5, "data_fraud", CountyFact.DATA_FRAUD),
                atLeast(6, "basic_balance_three_years", CountyFact.BASIC_BALANCE_YEARS,
                        profile.number("veto.basic_balance_years")));
    }

    private FactRules() {
    }

    private static Rule yes(int number, String code, CountyFact fact) {
        return new Rule(number, code, List.of(fact), v -> v.get(fact).signum() != 0);
    }

    private static Rule no(int number, String code, CountyFact fact) {
        return new Rule(number, code, List.of(fact), v -> v.get(fact).signum() == 0);
    }

    private static Rule atLeast(int number, String code, CountyFact fact, BigDecimal limit) {
        return new Rule(number, code, List.of(fact), v -> v.get(fact).compareTo(limit) >= 0);
    }

    static ItemAssessment judge(Rule rule, Optional<CountyFacts> facts) {
        Map<CountyFact, BigDecimal> values = new LinkedHashMap<>();
        Map<String, BigDecimal> shown = new LinkedHashMap<>();
        for (CountyFact fact : rule.reads()) {
            facts.flatMap(f -> f.value(fact)).ifPresent(v -> {
                values.put(fact, v);
                shown.put(fact.key(), v);
            });
        }
        Boolean pass = values.size() == rule.reads().size() ? rule.holds().apply(values) : null;
        return new ItemAssessment(rule.number(), rule.code(), pass, "facts", List.of(), shown, List.of());
    }

    static List<ItemAssessment> judge(List<Rule> rules, Optional<CountyFacts> facts) {
        List<ItemAssessment> items = new ArrayList<>(rules.size());
        rules.forEach(rule -> items.add(judge(rule, facts)));
        return items;
    }
}
