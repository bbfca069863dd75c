package org.junheng.reporting;

import java.io.OutputStream;
import java.io.Writer;

import org.junheng.assessment.Assessment;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The assessment JSON contract (docs/assessment.md): properties in contract order, numbers unrounded, nulls
 * written (an excluded school-stage says so; an undefined coefficient is null).
 */
public final class AssessmentJson {

    private static final ObjectWriter WRITER = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .build()
            .writer();

    private AssessmentJson() {
    }

    /** The writer of Junheng's JSON contracts (the assessment, and what embeds it, such as a rotation plan). */
    public static ObjectWriter writer() {
        return WRITER;
    }

    public static void write(Assessment assessment, Writer out) {
        WRITER.writeValue(out, assessment);
    }

    public static void write(Assessment assessment, OutputStream out) {
        WRITER.writeValue(out, assessment);
    }

    public static String toJson(Assessment assessment) {
        return WRITER.writeValueAsString(assessment);
    }
}
