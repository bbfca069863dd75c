package org.junheng.rotation;

import java.io.OutputStream;
import java.io.Writer;

import org.junheng.reporting.AssessmentJson;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A rotation plan as JSON ({@code junheng rotate}, {@code /api/v1/rotation-plans}): feasible, score,
 * moves with reasons, quotas, broken rules, score by rule, and the county's assessment before and
 * after in the assessment contract.
 */
public final class RotationPlanJson {

    private static final JsonMapper READER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private RotationPlanJson() {
    }

    public static void write(RotationPlan plan, Writer out) {
        AssessmentJson.writer().writeValue(out, plan);
    }

    public static void write(RotationPlan plan, OutputStream out) {
        AssessmentJson.writer().writeValue(out, plan);
    }

    /**
     * A plan as {@link #write} wrote it — a plan kept by the server — as the typed plan again, the
     * assessments before and after included. Properties the record does not hold (derived ones the
     * JSON adds) are passed over.
     */
    public static RotationPlan read(String json) {
        return READER.readValue(json, RotationPlan.class);
    }

    public static String toJson(RotationPlan plan) {
        return AssessmentJson.writer().writeValueAsString(plan);
    }
}
