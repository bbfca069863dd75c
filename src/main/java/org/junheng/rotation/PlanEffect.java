package org.junheng.rotation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junheng.assessment.Assessment;
import org.junheng.assessment.IndicatorAssessment;
import org.junheng.assessment.Profile;
import org.junheng.assessment.SchoolStageAssessment;
import org.junheng.assessment.StageAssessment;

/**
 * What a plan does to what the county is judged on, from the official assessment before and after it:
 * per stage, the compliant school-stages and the schools whose standing changes, every difference
 * coefficient against its limit; and guarantee item 11 of the school year the plan is carried out in.
 */
public record PlanEffect(List<StageEffect> stages, RotationItem rotationItem) {

    /** A school-stage whose standing on the school rule the plan changes. */
    public record SchoolChange(String schoolCode, String schoolName) {
    }

    /** One difference coefficient before and after against its limit (null where the method sets none). */
    public record CoefficientEffect(String indicator, Double before, Double after, BigDecimal limit, boolean passBefore,
                                    boolean passAfter) {
    }

    /**
     * An assessed school-stage that is not compliant after the plan, and what holds it back.
     *
     * @param gaps          each indicator below its standard after the plan, with what the school lacks to reach it
     *                      (in the indicator's unit, as in the assessment)
     * @param teachersShort the fewest teachers, each counted in one of the three teacher indicators, that would make it
     *                      compliant; null where no number of teachers would
     * @param heldBackBy    {@value #OTHER_INDICATORS} where indicators a rotation does not change (rooms, areas,
     *                      equipment) keep it non-compliant whatever teachers come; {@value #SUBJECT_RULE} where teachers
     *                      would make it compliant but no rotation can bring them, because the subject rule (no slack)
     *                      lets it only exchange its eligible teachers within their subjects; null where a rotation
     *                      might
     */
    public record NotCompliant(String schoolCode, String schoolName, Map<String, Double> gaps, Integer teachersShort,
                               String heldBackBy) {

        public static final String OTHER_INDICATORS = "other_indicators";
        public static final String SUBJECT_RULE = "subject_rule";
    }

    /** How far a school-stage is from compliance with the plan's teachers, and what holds it back (see NotCompliant). */
    record Standing(Integer teachersShort, String heldBackBy) {
    }

    /**
     * @param schoolStages       the assessed school-stages of the stage
     * @param madeCompliant      school-stages compliant after the plan and not before
     * @param noLongerCompliant  school-stages compliant before and not after (the plan's hard rule keeps this empty)
     * @param notCompliant       school-stages not compliant after the plan, in school code order (absent from plans made
     *                           before it was reported)
     */
    public record StageEffect(String stage, int schoolStages, int compliantBefore, int compliantAfter,
                              List<SchoolChange> madeCompliant, List<SchoolChange> noLongerCompliant,
                              List<CoefficientEffect> coefficients, List<NotCompliant> notCompliant) {
    }

    /**
     * Guarantee item 11 (交流轮岗) as the plan's own figures make it: an accepted plan becomes the rotation
     * placements of the school year that starts on 1 September of {@code schoolYear}, and so counts in the
     * assessment of that year.
     *
     * @param requiredShare         the share of the eligible who must rotate, by the county's profile
     * @param requiredBackboneShare the share of backbone teachers among those who rotate, by the profile
     */
    public record RotationItem(int schoolYear, long eligible, long rotated, long backboneRotated, BigDecimal requiredShare,
                               BigDecimal requiredBackboneShare, boolean met) {
    }

    /** @param standings by school-stage ("code/stage"), how far it is from compliance with the plan's teachers */
    static PlanEffect of(Assessment before, Assessment after, Quotas quotas, int year, Profile profile,
                         Map<String, Standing> standings) {
        List<StageEffect> stages = new ArrayList<>();
        Map<String, Boolean> compliantAfter = new HashMap<>();
        after.schools().forEach(s -> compliantAfter.put(key(s), s.compliant()));
        List<StageAssessment> afterStages = after.counties().isEmpty() ? List.of() : after.counties().get(0).stages();
        for (StageAssessment stage : before.counties().isEmpty() ? List.<StageAssessment>of() : before.counties().get(0).stages()) {
            StageAssessment then = afterStages.stream().filter(s -> s.stage() == stage.stage()).findFirst().orElse(stage);
            List<SchoolChange> made = new ArrayList<>();
            List<SchoolChange> lost = new ArrayList<>();
            for (SchoolStageAssessment school : before.schools()) {
                if (school.stage() != stage.stage() || school.compliant() == null) {
                    continue;
                }
                boolean was = school.compliant();
                boolean is = Boolean.TRUE.equals(compliantAfter.get(key(school)));
                if (is && !was) {
                    made.add(new SchoolChange(school.schoolCode(), school.schoolName()));
                } else if (was && !is) {
                    lost.add(new SchoolChange(school.schoolCode(), school.schoolName()));
                }
            }
            List<CoefficientEffect> coefficients = new ArrayList<>();
            for (IndicatorAssessment indicator : stage.indicators()) {
                IndicatorAssessment next = then.indicators().stream().filter(i -> i.code().equals(indicator.code()))
                        .findFirst().orElse(indicator);
                coefficients.add(new CoefficientEffect(indicator.code(), indicator.cv(), next.cv(), indicator.cvLimit(),
                        indicator.cvPass(), next.cvPass()));
            }
            List<NotCompliant> notCompliant = new ArrayList<>();
            for (SchoolStageAssessment school : after.schools()) {
                if (school.stage() == stage.stage() && Boolean.FALSE.equals(school.compliant())) {
                    Map<String, Double> gaps = new LinkedHashMap<>();
                    school.gaps().forEach((indicator, gap) -> {
                        if (gap > 0) {
                            gaps.put(indicator, gap);
                        }
                    });
                    Standing standing = standings.getOrDefault(key(school), new Standing(null, null));
                    notCompliant.add(new NotCompliant(school.schoolCode(), school.schoolName(), gaps,
                            standing.teachersShort(), standing.heldBackBy()));
                }
            }
            stages.add(new StageEffect(stage.stage().key(), stage.schoolCount(), stage.compliantSchools(),
                    then.compliantSchools(), made, lost, coefficients, notCompliant));
        }
        BigDecimal share = profile.settings().get("guarantee.rotation_share").value();
        BigDecimal backboneShare = profile.settings().get("guarantee.rotation_backbone_share").value();
        boolean met = quotas.eligible() > 0
                && BigDecimal.valueOf(quotas.rotated()).compareTo(share.multiply(BigDecimal.valueOf(quotas.eligible()))) >= 0
                && BigDecimal.valueOf(quotas.backboneRotated())
                        .compareTo(backboneShare.multiply(BigDecimal.valueOf(quotas.rotated()))) >= 0;
        return new PlanEffect(stages, new RotationItem(year + 1, quotas.eligible(), quotas.rotated(), quotas.backboneRotated(),
                share, backboneShare, met));
    }

    private static String key(SchoolStageAssessment school) {
        return ProblemBuilder.key(school.schoolCode(), school.stage());
    }
}
