package org.junheng.rotation.model;

import java.math.BigDecimal;
import java.util.Map;

import org.junheng.registry.Stage;

/**
 * The rules of one plan in the numbers the constraints use: the quotas already worked out from the
 * eligible teachers, the limits, and the weights of the objectives.
 *
 * @param requiredRotated    teachers who must rotate (the rotation share of the eligible, rounded up)
 * @param backbonePerMille   backbone teachers among those who rotate, in thousandths (200 = 20%)
 * @param requiredLocal      special-grade teachers and subject leaders who must rotate (local rule)
 * @param maxHeadcountChange how far a school's number of teachers may change
 * @param subjectSlack       how many more teachers of a subject a school may lose than it gains
 * @param maxDistanceKm      the longest move, where both schools have coordinates
 * @param balancesBefore     each stage's teacher-indicator balance before the plan, which it may not worsen
 */
public record Policy(int requiredRotated, int backbonePerMille, int requiredLocal, int maxHeadcountChange,
                     int subjectSlack, double maxDistanceKm, Weights weights, Map<String, StageBalance> balancesBefore) {

    private static final StageBalance NONE = new StageBalance(BigDecimal.ZERO, 0, 0);

    public Policy(int requiredRotated, int backbonePerMille, int requiredLocal, int maxHeadcountChange, int subjectSlack,
                  double maxDistanceKm, Weights weights) {
        this(requiredRotated, backbonePerMille, requiredLocal, maxHeadcountChange, subjectSlack, maxDistanceKm, weights,
                Map.of());
    }

    /** The balance of an indicator in a stage before the plan (none when unknown). */
    public StageBalance balanceBefore(Stage stage, TeacherIndicator indicator) {
        return balancesBefore.getOrDefault(balanceKey(stage, indicator), NONE);
    }

    public static String balanceKey(Stage stage, TeacherIndicator indicator) {
        return stage.key() + "/" + indicator.code();
    }

    /** Backbone teachers needed among {@code rotated}: the share, rounded up. */
    public long requiredBackbone(long rotated) {
        return (rotated * backbonePerMille + 999) / 1000;
    }
}
