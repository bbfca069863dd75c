package org.junheng.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junheng.importing.DataGenerator;
import org.junheng.rotation.RotationPlan;
import org.junheng.rotation.RotationPlanJson;
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
    void thePlanSaysWhatItDoesToTheCompliantSchoolStagesTheCoefficientsAndItem11() {
        Path plan = demo.resolve("plan-effect.json");

        CommandRun run = junheng("rotate", "--stats", demo.resolve("school-stats.csv").toString(), "--teachers",
                demo.resolve("teachers.csv").toString(), "--county", "990121", "--time-limit", "5s", "--out", plan.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(plan.toFile());
        JsonNode effect = json.get("effect");
        JsonNode beforeStages = json.get("before").get("counties").get(0).get("stages");
        JsonNode afterStages = json.get("after").get("counties").get(0).get("stages");
        assertThat(effect.get("stages").size()).isEqualTo(beforeStages.size());
        int gained = 0;
        for (int s = 0; s < beforeStages.size(); s++) {
            JsonNode stage = effect.get("stages").get(s);
            assertThat(stage.get("compliantBefore").asInt()).isEqualTo(beforeStages.get(s).get("compliantSchools").asInt());
            assertThat(stage.get("compliantAfter").asInt()).isEqualTo(afterStages.get(s).get("compliantSchools").asInt());
            assertThat(stage.get("noLongerCompliant")).isEmpty();
            assertThat(stage.get("madeCompliant").size())
                    .isEqualTo(stage.get("compliantAfter").asInt() - stage.get("compliantBefore").asInt());
            stage.get("madeCompliant").forEach(school -> assertThat(school.get("schoolName").asString()).isNotBlank());
            assertThat(stage.get("coefficients")).hasSize(7);
            assertThat(stage.get("notCompliant").size())
                    .isEqualTo(stage.get("schoolStages").asInt() - stage.get("compliantAfter").asInt());
            stage.get("notCompliant").forEach(school -> {
                assertThat(school.get("gaps").size()).isPositive();
                assertThat(school.has("teachersShort")).isTrue();
            });
            gained += stage.get("madeCompliant").size();
            assertThat(run.err()).contains(String.format("  %s %s: compliant 达标 %d -> %d of %d, lost 不再达标 0; not compliant after 仍未达标 %d",
                    stage.get("stage").asString(), s == 0 ? "小学" : "初中", stage.get("compliantBefore").asInt(),
                    stage.get("compliantAfter").asInt(), stage.get("schoolStages").asInt(), stage.get("notCompliant").size()));
        }
        assertThat(gained).isPositive();
        JsonNode item = effect.get("rotationItem");
        assertThat(item.get("schoolYear").asInt()).isEqualTo(json.get("year").asInt() + 1);
        assertThat(item.get("rotated").asInt()).isEqualTo(json.get("moves").size());
        assertThat(item.get("met").asBoolean()).isTrue();
        assertThat(json.get("moves").get(0).get("toSchoolName").asString()).isNotBlank();
    }

    @Test
    void theSameFilesSeedAndStepBudgetGiveTheSamePlanByteForByte() throws Exception {
        List<byte[]> plans = new ArrayList<>();
        for (String name : List.of("audit-1.json", "audit-2.json")) {
            Path plan = demo.resolve(name);
            CommandRun run = junheng("rotate", "--stats", demo.resolve("school-stats.csv").toString(), "--teachers",
                    demo.resolve("teachers.csv").toString(), "--county", "990122", "--seed", "7", "--steps", "40",
                    "--out", plan.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            plans.add(Files.readAllBytes(plan));
        }

        assertThat(plans.get(1)).isEqualTo(plans.get(0));
        assertThat(JsonMapper.builder().build().readTree(plans.get(0)).get("feasible").asBoolean()).isTrue();
    }

    /** A plan kept by the server is read back as the typed plan, and that writes the same JSON again. */
    @Test
    void aPlanReadBackFromItsJsonIsWrittenAgainByteForByte() throws Exception {
        Path plan = demo.resolve("read-back.json");
        CommandRun run = junheng("rotate", "--stats", demo.resolve("school-stats.csv").toString(), "--teachers",
                demo.resolve("teachers.csv").toString(), "--county", "990122", "--seed", "7", "--steps", "40",
                "--out", plan.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String json = Files.readString(plan);

        RotationPlan read = RotationPlanJson.read(json);

        assertThat(read.moves()).isNotEmpty();
        assertThat(read.before().counties()).extracting(c -> c.countyCode()).containsExactly("990122");
        assertThat(RotationPlanJson.toJson(read)).isEqualTo(json.strip());
    }

    @Test
    void aStepBudgetAndATimeLimitTogetherAreRefused() {
        CommandRun run = junheng("rotate", "--stats", demo.resolve("school-stats.csv").toString(), "--teachers",
                demo.resolve("teachers.csv").toString(), "--county", "990122", "--steps", "40", "--time-limit", "5s",
                "--out", demo.resolve("both.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--steps").contains("--time-limit");
    }

    @Test
    void aProvincialProfileSetsTheRotationShareAndTheLimitsThePlanIsAssessedBy() throws Exception {
        Path profile = demo.resolve("province.yaml");
        Files.writeString(profile, "profile: 示范省\nguarantee: {rotation_share: 0.15}\nlimits: {primary: 0.40}\n");
        Path plan = demo.resolve("plan-province.json");

        CommandRun run = junheng("rotate", "--stats", demo.resolve("school-stats.csv").toString(), "--teachers",
                demo.resolve("teachers.csv").toString(), "--county", "990121", "--time-limit", "3s", "--profile",
                profile.toString(), "--out", plan.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(plan.toFile());
        int eligible = json.get("quotas").get("eligible").asInt();
        assertThat(json.get("quotas").get("requiredRotated").asInt()).isEqualTo(new java.math.BigDecimal("0.15")
                .multiply(java.math.BigDecimal.valueOf(eligible)).setScale(0, java.math.RoundingMode.CEILING).intValue());
        assertThat(json.get("before").get("counties").get(0).get("stages").get(0).get("indicators").get(0).get("cvLimit")
                .decimalValue()).isEqualByComparingTo("0.40");
    }

    @Test
    void aPlanIsAlsoWrittenAsAWorkbookForReview() throws Exception {
        Path plan = demo.resolve("plan.xlsx");

        CommandRun run = junheng("rotate", "--stats", demo.resolve("school-stats.csv").toString(), "--teachers",
                demo.resolve("teachers.csv").toString(), "--county", "990122", "--time-limit", "3s", "--out", plan.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (ReadableWorkbook workbook = new ReadableWorkbook(Files.newInputStream(plan))) {
            assertThat(workbook.getSheets().map(s -> s.getName()).toList())
                    .containsExactly("交流方案 Moves", "评估影响 Effect", "配额与规则 Rules", "指标 Indicators");
            List<org.dhatim.fastexcel.reader.Row> effect = workbook.getSheets().toList().get(1).read();
            assertThat(effect.get(1).getCellText(0)).isEqualTo("小学");
            assertThat(effect.get(1).getCellText(1)).startsWith("达标学校");
            assertThat(Integer.parseInt(effect.get(1).getCellText(3)))
                    .isGreaterThanOrEqualTo(Integer.parseInt(effect.get(1).getCellText(2)));
            assertThat(effect).anySatisfy(row -> assertThat(row.getCellText(1)).startsWith("评估指标第11项"));
            assertThat(effect.stream().filter(row -> row.getCellText(1).startsWith("交流后仍未达标")).toList())
                    .isNotEmpty().allSatisfy(row -> assertThat(row.getCellText(5))
                            .containsPattern("还差 [0-9][0-9,.]* (人|平方米|元|间|台)")
                            .containsPattern("(再有 [0-9]+ 名相应教师即可达标|交流不改变的指标使其无法达标|学科教师人数不减的规则下交流无法使其达标)"));
            List<org.dhatim.fastexcel.reader.Row> moves = workbook.getSheets().toList().get(0).read();
            assertThat(moves.get(1).getCellText(5)).isIn("小学", "初中");
            assertThat(moves.get(1).getCellText(1)).isNotBlank().doesNotContainPattern("^\\d{10}$");
        }
    }

    @Test
    void movesBetweenSchoolsPairedInTheFileAreMadeWhenTheRulesPreferThemStrongly() throws Exception {
        List<String> lines = Files.readAllLines(demo.resolve("school-stats.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        List<String[]> primary = lines.stream().skip(1).map(l -> l.split(",", -1))
                .filter(r -> r[header.indexOf("year")].equals("2025") && r[header.indexOf("county_code")].equals("990122")
                        && r[header.indexOf("school_type")].equals("primary"))
                .sorted(Comparator.comparingInt((String[] r) -> Integer.parseInt(r[header.indexOf("students_primary")])).reversed())
                .toList();
        String a = primary.get(0)[header.indexOf("school_code")];
        String b = primary.get(1)[header.indexOf("school_code")];
        Path pairs = demo.resolve("pairs.csv");
        Files.writeString(pairs, "school_a,school_b\n" + a + "," + b + "\n");
        Path rules = demo.resolve("paired.properties");
        Files.writeString(rules, "weight.paired-schools=1000\n");
        Path plan = demo.resolve("paired.json");

        CommandRun run = junheng("rotate", "--stats", demo.resolve("school-stats.csv").toString(), "--teachers",
                demo.resolve("teachers.csv").toString(), "--county", "990122", "--pairs", pairs.toString(), "--rules",
                rules.toString(), "--steps", "1", "--out", plan.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(plan.toFile());
        List<JsonNode> paired = new ArrayList<>();
        json.get("moves").forEach(m -> {
            if (Set.of(a, b).equals(Set.of(m.get("fromSchool").asString(), m.get("toSchool").asString()))) {
                paired.add(m);
            }
        });
        assertThat(paired).isNotEmpty().allSatisfy(m -> assertThat(m.get("reasons").toString()).contains("paired_schools"));
    }

    @Test
    void aPairsFileWithAnUnknownSchoolIsBadInputNamingTheLine() throws Exception {
        Path pairs = demo.resolve("bad-pairs.csv");
        Files.writeString(pairs, "# helper, helped\n2990122001,9999999999\n");

        CommandRun run = junheng("rotate", "--stats", demo.resolve("school-stats.csv").toString(), "--teachers",
                demo.resolve("teachers.csv").toString(), "--county", "990122", "--pairs", pairs.toString(), "--out",
                demo.resolve("p.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("bad-pairs.csv").contains("line 2").contains("9999999999");
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
