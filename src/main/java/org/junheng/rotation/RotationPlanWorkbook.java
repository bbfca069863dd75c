package org.junheng.rotation;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junheng.assessment.AssessmentMethod;
import org.junheng.assessment.Indicator;
import org.junheng.assessment.Shown;
import org.junheng.registry.Labelled;
import org.junheng.registry.Stage;
import org.junheng.registry.Subject;
import org.junheng.reporting.SpreadsheetText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A rotation plan for review in a spreadsheet: the moves, the quotas and rules, the teacher
 * indicators before and after. Written from the plan's JSON, so a plan kept by the server exports
 * the same as one just made.
 */
public final class RotationPlanWorkbook {

    private static final List<String> TEACHER_INDICATORS = List.of("qualified_teachers_per_100", "backbone_teachers_per_100",
            "pe_art_teachers_per_100");

    private RotationPlanWorkbook() {
    }

    public static void write(RotationPlan plan, OutputStream out) throws IOException {
        write(RotationPlanJson.toJson(plan), out);
    }

    /** @param planJson a plan as {@link RotationPlanJson} writes it */
    public static void write(String planJson, OutputStream out) throws IOException {
        JsonNode plan = JsonMapper.builder().build().readTree(planJson);
        Workbook workbook = new Workbook(out, "Junheng", "1.0");
        moves(workbook.newWorksheet("交流方案 Moves"), plan);
        effect(workbook.newWorksheet("评估影响 Effect"), plan);
        rules(workbook.newWorksheet("配额与规则 Rules"), plan);
        indicators(workbook.newWorksheet("指标 Indicators"), plan);
        workbook.finish();
    }

    private static void header(Worksheet sheet, String... headings) {
        for (int c = 0; c < headings.length; c++) {
            sheet.value(0, c, headings[c]);
        }
        sheet.range(0, 0, 0, headings.length - 1).style().bold().fillColor("DDEBF7").wrapText(true).set();
        sheet.freezePane(0, 1);
    }

    private static void moves(Worksheet sheet, JsonNode plan) {
        header(sheet, "教师编号 teacher", "派出学校 from", "派出学校代码 code", "接收学校 to", "接收学校代码 code",
                "学段 stage", "学科 subject", "理由 reasons");
        int row = 1;
        for (JsonNode move : plan.get("moves")) {
            sheet.value(row, 0, SpreadsheetText.safe(move.get("teacherId").asString()));
            sheet.value(row, 1, SpreadsheetText.safe(move.path("fromSchoolName").asString("")));
            sheet.value(row, 2, move.get("fromSchool").asString());
            sheet.value(row, 3, SpreadsheetText.safe(move.path("toSchoolName").asString("")));
            sheet.value(row, 4, move.get("toSchool").asString());
            sheet.value(row, 5, stageName(move.path("stage").asString("")));
            sheet.value(row, 6, Labelled.parse(Subject.class, move.path("subject").asString(""))
                    .map(Subject::chineseName).orElse(move.path("subject").asString("")));
            List<String> reasons = new ArrayList<>();
            move.path("reasons").forEach(r -> reasons.add(Labelled.parse(MoveReason.class, r.asString()).map(MoveReason::chineseName)
                    .orElse(r.asString())));
            sheet.value(row, 7, String.join("；", reasons));
            row++;
        }
    }

    /** What the plan does to what the county is judged on: compliant school-stages, coefficients, item 11. */
    private static void effect(Worksheet sheet, JsonNode plan) {
        header(sheet, "学段 stage", "项目 item", "前 before", "后 after", "限值 limit", "说明 note");
        JsonNode effect = plan.path("effect");
        int row = 1;
        for (JsonNode stage : effect.path("stages")) {
            String name = stageName(stage.get("stage").asString());
            sheet.value(row, 0, name);
            sheet.value(row, 1, "达标学校 compliant school-stages (of " + stage.get("schoolStages").asInt() + ")");
            sheet.value(row, 2, stage.get("compliantBefore").asInt());
            sheet.value(row, 3, stage.get("compliantAfter").asInt());
            row++;
            row = schools(sheet, row, name, "新达标 made compliant", stage.path("madeCompliant"));
            row = schools(sheet, row, name, "不再达标 no longer compliant", stage.path("noLongerCompliant"));
            for (JsonNode c : stage.path("coefficients")) {
                sheet.value(row, 0, name);
                sheet.value(row, 1, "差异系数 " + indicatorName(c.get("indicator").asString()));
                coefficientCell(sheet, row, 2, c.get("before"), c.get("limit"), c.get("passBefore").asBoolean());
                coefficientCell(sheet, row, 3, c.get("after"), c.get("limit"), c.get("passAfter").asBoolean());
                if (c.get("limit").isNumber()) {
                    sheet.value(row, 4, c.get("limit").decimalValue());
                }
                sheet.value(row, 5, c.get("passAfter").asBoolean() ? "未超限 within" : "超限 over the limit");
                row++;
            }
        }
        JsonNode item = effect.path("rotationItem");
        if (item.isObject()) {
            row++;
            sheet.value(row, 1, "评估指标第11项（" + item.get("schoolYear").asInt() + "–" + (item.get("schoolYear").asInt() + 1)
                    + " 学年）交流轮岗 item 11");
            sheet.value(row, 2, item.get("rotated").asLong() + " / " + item.get("eligible").asLong());
            sheet.value(row, 3, item.get("backboneRotated").asLong());
            sheet.value(row, 5, (item.get("met").asBoolean() ? "达到 met" : "未达到 not met") + "：交流 ≥ "
                    + percent(item.get("requiredShare")) + "，骨干 ≥ " + percent(item.get("requiredBackboneShare")));
        }
    }

    private static int schools(Worksheet sheet, int row, String stage, String label, JsonNode schools) {
        for (JsonNode school : schools) {
            sheet.value(row, 0, stage);
            sheet.value(row, 1, label);
            sheet.value(row, 5, SpreadsheetText.safe(school.path("schoolName").asString("") + " "
                    + school.get("schoolCode").asString()));
            row++;
        }
        return row;
    }

    /** A coefficient with as many decimals as it takes not to contradict its decision against the limit. */
    private static void coefficientCell(Worksheet sheet, int row, int column, JsonNode cv, JsonNode limit, boolean within) {
        if (cv == null || !cv.isNumber()) {
            return;
        }
        int decimals = limit.isNumber() ? Shown.coefficientDecimals(cv.asDouble(), limit.decimalValue(), within) : 3;
        sheet.value(row, column, cv.asDouble());
        sheet.style(row, column).format("0." + "0".repeat(decimals)).set();
    }

    private static String percent(JsonNode share) {
        return share.decimalValue().movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private static String ruleName(String key) {
        return Labelled.parse(PlanRule.class, key).map(r -> r.chineseName() + " " + key).orElse(key);
    }

    private static String stageName(String key) {
        return Labelled.parse(Stage.class, key).map(Stage::chineseName).orElse(key);
    }

    private static String indicatorName(String code) {
        return AssessmentMethod.QUALITY_2017.indicators().stream().filter(i -> i.code().equals(code)).findFirst()
                .map(Indicator::chineseName).orElse(code);
    }

    private static void rules(Worksheet sheet, JsonNode plan) {
        header(sheet, "项目 item", "值 value", "要求 required");
        JsonNode q = plan.get("quotas");
        sheet.value(1, 0, "可行 feasible");
        sheet.value(1, 1, plan.get("feasible").asBoolean() ? "是 yes" : "否 no");
        sheet.value(2, 0, "得分 score");
        sheet.value(2, 1, plan.get("score").asString());
        String[][] quotas = {{"应交流教师 eligible", "eligible", null}, {"交流人数 rotated", "rotated", "requiredRotated"},
            {"其中骨干教师 backbone rotated", "backboneRotated", "requiredBackbone"},
            {"特级教师、学科带头人 local rule rotated", "localRuleRotated", "requiredLocalRule"}};
        int row = 3;
        for (String[] quota : quotas) {
            sheet.value(row, 0, quota[0]);
            sheet.value(row, 1, q.get(quota[1]).asInt());
            if (quota[2] != null) {
                sheet.value(row, 2, q.get(quota[2]).asInt());
            }
            row++;
        }
        row++;
        sheet.value(row++, 0, "未满足的规则 broken rules");
        for (JsonNode broken : plan.get("brokenRules")) {
            sheet.value(row, 0, ruleName(broken.get("rule").asString()));
            sheet.value(row, 1, broken.get("shortBy").asLong());
            sheet.value(row, 2, broken.get("explanation").asString());
            row++;
        }
        row++;
        sheet.value(row++, 0, "各规则得分 score by rule");
        for (var rule : plan.get("scoreByRule").properties()) {
            sheet.value(row, 0, ruleName(rule.getKey()));
            sheet.value(row, 1, rule.getValue().asString());
            row++;
        }
    }

    private static void indicators(Worksheet sheet, JsonNode plan) {
        header(sheet, "学段 stage", "指标 indicator", "差异系数（前） coefficient before", "差异系数（后） after",
                "达标学校（前） compliant schools before", "（后） after");
        int row = 1;
        JsonNode before = plan.get("before").get("counties").get(0).get("stages");
        JsonNode after = plan.get("after").get("counties").get(0).get("stages");
        for (int s = 0; s < before.size(); s++) {
            for (String code : TEACHER_INDICATORS) {
                sheet.value(row, 0, before.get(s).get("stage").asString());
                sheet.value(row, 1, code);
                coefficient(sheet, row, 2, indicator(before.get(s), code));
                coefficient(sheet, row, 3, indicator(after.get(s), code));
                sheet.value(row, 4, before.get(s).get("compliantSchools").asInt());
                sheet.value(row, 5, after.get(s).get("compliantSchools").asInt());
                row++;
            }
        }
    }

    private static void coefficient(Worksheet sheet, int row, int column, JsonNode indicator) {
        JsonNode cv = indicator.get("cv");
        if (cv != null && cv.isNumber()) {
            sheet.value(row, column, cv.asDouble());
            sheet.style(row, column).format("0.0000").set();
        }
    }

    private static JsonNode indicator(JsonNode stage, String code) {
        for (JsonNode indicator : stage.get("indicators")) {
            if (indicator.get("code").asString().equals(code)) {
                return indicator;
            }
        }
        throw new IllegalArgumentException("no indicator " + code);
    }
}
