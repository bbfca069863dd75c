package org.junheng.rotation;

import java.io.OutputStream;
import java.io.Writer;

import org.junheng.reporting.AssessmentJson;

/**
 * A rotation plan as JSON ({@code junheng rotate}, {@code /api/v1/rotation-plans}): feasible, score,
 * moves with reasons, quotas, broken rules, score by rule, and the county's assessment before and
 * after in the assessment contract.
 */
public final class RotationPlanJson {

    private RotationPlanJson() {
    }

    public static void write(RotationPlan plan, Writer out) {
        AssessmentJson.writer().writeValue(out, plan);
    }

    public static void write(RotationPlan plan, OutputStream out) {
        AssessmentJson.writer().writeValue(out, plan);
    }

    public static String toJson(RotationPlan plan) {
        return AssessmentJson.writer().writeValueAsString(plan);
    }
}
