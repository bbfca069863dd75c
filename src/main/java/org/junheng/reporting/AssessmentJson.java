package org.junheng.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.junheng.assessment.Assessment;
import org.junheng.assessment.SchoolStageAssessment;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.SerializedString;
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

    /** School-stages written by one task; a window of such tasks is in memory at a time. */
    private static final int SCHOOLS_PER_PART = 2048;
    private static final int PARTS_PER_WINDOW = 16;
    /** A county, with its stages, indicators and proposals, writes about as much as this many school-stages. */
    private static final int COUNTIES_PER_PART_FACTOR = 16;

    private AssessmentJson() {
    }

    /** The writer of Junheng's JSON contracts (the assessment, and what embeds it, such as a rotation plan). */
    public static ObjectWriter writer() {
        return WRITER;
    }

    public static void write(Assessment assessment, Writer out) {
        WRITER.writeValue(out, assessment);
    }

    /**
     * The same bytes as {@link #writer()} gives, written as a stream: a national assessment (hundreds of
     * megabytes) is written in parts on every core and never held whole.
     */
    public static void write(Assessment assessment, OutputStream out) throws IOException {
        write(assessment, out, SCHOOLS_PER_PART);
    }

    static void write(Assessment assessment, OutputStream out, int schoolsPerPart) throws IOException {
        out.write(("{\"year\":" + assessment.year() + ",\"method\":").getBytes(StandardCharsets.UTF_8));
        out.write(WRITER.writeValueAsBytes(assessment.method()));
        out.write(",\"counties\":".getBytes(StandardCharsets.UTF_8));
        writeArray(assessment.counties(), Math.max(1, schoolsPerPart / COUNTIES_PER_PART_FACTOR), WRITER::writeValueAsBytes,
                out);
        out.write(",\"schools\":".getBytes(StandardCharsets.UTF_8));
        writeArray(assessment.schools(), schoolsPerPart, AssessmentJson::schoolStages, out);
        out.write('}');
        out.flush();
    }

    public static String toJson(Assessment assessment) {
        return WRITER.writeValueAsString(assessment);
    }

    /** Writes a list as a JSON array of parts each written as an array by {@code part}, a window of them at a time. */
    private static <T> void writeArray(List<T> items, int perPart, Function<List<T>, byte[]> part, OutputStream out)
            throws IOException {
        if (items == null) {
            out.write("null".getBytes(StandardCharsets.UTF_8));
            return;
        }
        out.write('[');
        int parts = (items.size() + perPart - 1) / perPart;
        for (int window = 0; window < parts; window += PARTS_PER_WINDOW) {
            List<byte[]> written = IntStream.range(window, Math.min(parts, window + PARTS_PER_WINDOW)).parallel()
                    .mapToObj(k -> part.apply(items.subList(k * perPart, Math.min(items.size(), (k + 1) * perPart))))
                    .toList();
            for (int i = 0; i < written.size(); i++) {
                if (window + i > 0) {
                    out.write(',');
                }
                // each part is an array of its own: its brackets are left out
                out.write(written.get(i), 1, written.get(i).length - 2);
            }
        }
        out.write(']');
    }

    private static byte[] schoolStages(List<SchoolStageAssessment> schools) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(schools.size() * 1200);
        try (JsonGenerator json = WRITER.createGenerator(bytes)) {
            json.writeStartArray();
            for (SchoolStageAssessment school : schools) {
                write(school, json);
            }
            json.writeEndArray();
        }
        return bytes.toByteArray();
    }

    private static final SerializedString SCHOOL_CODE = new SerializedString("schoolCode");
    private static final SerializedString SCHOOL_NAME = new SerializedString("schoolName");
    private static final SerializedString COUNTY_CODE = new SerializedString("countyCode");
    private static final SerializedString STAGE = new SerializedString("stage");
    private static final SerializedString STUDENTS = new SerializedString("students");
    private static final SerializedString VALUES = new SerializedString("values");
    private static final SerializedString PASSES = new SerializedString("passes");
    private static final SerializedString COMPLIANT = new SerializedString("compliant");
    private static final SerializedString GAPS = new SerializedString("gaps");
    private static final SerializedString EXCLUDED = new SerializedString("excluded");
    /** Indicator codes, stage and exclusion keys as UTF-8, encoded once rather than millions of times. */
    private static final Map<String, SerializedString> ENCODED = new ConcurrentHashMap<>();

    private static SerializedString encoded(String text) {
        // a plain look-up first: computeIfAbsent locks the key's bin unless the key heads it, and these are all known
        SerializedString known = ENCODED.get(text);
        return known != null ? known : ENCODED.computeIfAbsent(text, SerializedString::new);
    }

    /** One school-stage as the contract has it, without looking its properties up on every one of them. */
    private static void write(SchoolStageAssessment school, JsonGenerator json) {
        json.writeStartObject();
        json.writeName(SCHOOL_CODE);
        json.writeString(school.schoolCode());
        json.writeName(SCHOOL_NAME);
        json.writeString(school.schoolName());
        json.writeName(COUNTY_CODE);
        json.writeString(school.countyCode());
        json.writeName(STAGE);
        if (school.stage() == null) {
            json.writeNull();
        } else {
            json.writeString(encoded(school.stage().key()));
        }
        json.writeName(STUDENTS);
        json.writeNumber(school.students());
        writeMap(VALUES, school.values(), json, JsonGenerator::writeNumber);
        writeMap(PASSES, school.passes(), json, JsonGenerator::writeBoolean);
        json.writeName(COMPLIANT);
        if (school.compliant() == null) {
            json.writeNull();
        } else {
            json.writeBoolean(school.compliant());
        }
        writeMap(GAPS, school.gaps(), json, JsonGenerator::writeNumber);
        json.writeName(EXCLUDED);
        if (school.excluded() == null) {
            json.writeNull();
        } else {
            json.writeString(encoded(school.excluded().key()));
        }
        json.writeEndObject();
    }

    /** An indicator map: its keys pre-encoded, null values (and a null map) written as null. */
    private static <V> void writeMap(SerializedString name, Map<String, V> map, JsonGenerator json,
                                     BiConsumer<JsonGenerator, V> value) {
        json.writeName(name);
        if (map == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        for (Map.Entry<String, V> entry : map.entrySet()) {
            json.writeName(encoded(entry.getKey()));
            if (entry.getValue() == null) {
                json.writeNull();
            } else {
                value.accept(json, entry.getValue());
            }
        }
        json.writeEndObject();
    }
}
