package org.junheng.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junheng.importing.DataGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class RotateCommandTest {

    @TempDir
    static Path demo;

    private static CommandRun junheng(String... args) {
        return CommandRun.junheng(args);
    }

    @BeforeAll
    static void generateTwoDemoCountiesWithTeachers() throws Exception {
        DataGenerator.generate(DataGenerator.Kind.DEMO, 2, 2025, true, demo, c -> { });
    }

    private static double cv(JsonNode assessment, int stage, String indicator) {
        for (JsonNode i : assessment.get("counties").get(0).get("stages").get(stage).get("indicators")) {
            if (i.get("code").asString().equals(indicator)) {
                return i.get("cv").asDouble();
            }
        }
        throw new AssertionError(indicator);
    }

    @Test
    void rotateWritesAFeasiblePlanThatLeavesNoTeacherIndicatorLessBalanced() {
        Path plan = demo.resolve("plan.json");

        CommandRun run = junheng("rotate", "--stats", demo.resolve("school-stats.csv").toString(), "--teachers",
                demo.resolve("teachers.csv").toString(), "--county", "990121", "--time-limit", "8s", "--out", plan.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("best").contains("feasible");
        JsonNode json = JsonMapper.builder().build().readTree(plan.toFile());
        List<String> keys = new ArrayList<>();
        json.propertyNames().forEach(keys::add);
        assertThat(keys).contains("feasible", "score", "moves", "quotas", "before", "after");
        assertThat(json.get("feasible").asBoolean()).isTrue();
        JsonNode move = json.get("moves").get(0);
        assertThat(move.has("teacherId") && move.has("fromSchool") && move.has("toSchool") && move.has("reasons")).isTrue();
        assertThat(json.get("quotas").get("rotated").asInt()).isGreaterThanOrEqualTo(json.get("quotas").get("requiredRotated").asInt());
        assertThat(json.get("before").get("counties").get(0).get("countyCode").asString()).isEqualTo("990121");
        boolean better = false;
        for (int stage = 0; stage < json.get("before").get("counties").get(0).get("stages").size(); stage++) {
            for (String indicator : List.of("qualified_teachers_per_100", "backbone_teachers_per_100", "pe_art_teachers_per_100")) {
                double before = cv(json.get("before"), stage, indicator);
                double after = cv(json.get("after"), stage, indicator);
                assertThat(after).as(indicator).isLessThanOrEqualTo(before + 1e-12);
                better |= after < before - 1e-9;
            }
        }
        assertThat(better).isTrue();
    }

    @Test
    void aPlanIsAlsoWrittenAsAWorkbookForReview() throws Exception {
        Path plan = demo.resolve("plan.xlsx");

        CommandRun run = junheng("rotate", "--stats", demo.resolve("school-stats.csv").toString(), "--teachers",
                demo.resolve("teachers.csv").toString(), "--county", "990122", "--time-limit", "3s", "--out", plan.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (ReadableWorkbook workbook = new ReadableWorkbook(Files.newInputStream(plan))) {
            assertThat(workbook.getSheets().map(s -> s.getName()).toList())
                    .containsExactly("交流方案 Moves", "配额与规则 Rules", "指标 Indicators");
        }
    }

    @Test
    void severalCountiesWithoutAChoiceOrABadRuleAreBadInput() throws Exception {
        CommandRun ambiguous = junheng("rotate", "--stats", demo.resolve("school-stats.csv").toString(), "--teachers",
                demo.resolve("teachers.csv").toString(), "--out", demo.resolve("p.json").toString());
        assertThat(ambiguous.exitCode()).isEqualTo(2);
        assertThat(ambiguous.err()).contains("--county").contains("990121").contains("990122");

        Path rules = demo.resolve("rules.properties");
        Files.writeString(rules, "quota.rotation-share=150%\n");
        CommandRun badRule = junheng("rotate", "--stats", demo.resolve("school-stats.csv").toString(), "--teachers",
                demo.resolve("teachers.csv").toString(), "--county", "990121", "--rules", rules.toString(), "--out",
                demo.resolve("p.json").toString());
        assertThat(badRule.exitCode()).isEqualTo(2);
        assertThat(badRule.err()).contains("quota.rotation-share");
    }
}
