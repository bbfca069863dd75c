package org.junheng.rotation;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junheng.assessment.Assessment;
import org.junheng.assessment.IndicatorAssessment;
import org.junheng.assessment.StageAssessment;
import org.junheng.reporting.SpreadsheetText;

/** A rotation plan for review in a spreadsheet: the moves, the quotas and rules, the indicators before and after. */
public final class RotationPlanWorkbook {

    private static final List<String> TEACHER_INDICATORS = List.of("qualified_teachers_per_100", "backbone_teachers_per_100",
            "pe_art_teachers_per_100");

    private RotationPlanWorkbook() {
    }

    public static void write(RotationPlan plan, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Junheng", "1.0");
        moves(workbook.newWorksheet("交流方案 Moves"), plan);
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

    private static void moves(Worksheet sheet, RotationPlan plan) {
        header(sheet, "教师编号 teacher", "派出学校 from", "接收学校 to", "学段 stage", "学科 subject", "理由 reasons");
        int row = 1;
        for (PlannedMove move : plan.moves()) {
            sheet.value(row, 0, SpreadsheetText.safe(move.teacherId()));
            sheet.value(row, 1, move.fromSchool());
            sheet.value(row, 2, move.toSchool());
            sheet.value(row, 3, move.stage());
            sheet.value(row, 4, move.subject());
            sheet.value(row, 5, String.join(", ", move.reasons()));
            row++;
        }
    }

    private static void rules(Worksheet sheet, RotationPlan plan) {
        header(sheet, "项目 item", "值 value", "要求 required");
        Quotas q = plan.quotas();
        Object[][] rows = {
            {"可行 feasible", plan.feasible() ? "是 yes" : "否 no", null},
            {"得分 score", plan.score(), null},
            {"应交流教师 eligible", q.eligible(), null},
            {"交流人数 rotated", q.rotated(), q.requiredRotated()},
            {"其中骨干教师 backbone rotated", q.backboneRotated(), q.requiredBackbone()},
            {"特级教师、学科带头人 local rule rotated", q.localRuleRotated(), q.requiredLocalRule()}};
        int row = 1;
        for (Object[] r : rows) {
            sheet.value(row, 0, (String) r[0]);
            cell(sheet, row, 1, r[1]);
            cell(sheet, row, 2, r[2]);
            row++;
        }
        row++;
        sheet.value(row++, 0, "未满足的规则 broken rules");
        for (BrokenRule broken : plan.brokenRules()) {
            sheet.value(row, 0, broken.rule());
            sheet.value(row, 1, broken.shortBy());
            sheet.value(row, 2, broken.explanation());
            row++;
        }
        row++;
        sheet.value(row++, 0, "各规则得分 score by rule");
        for (Map.Entry<String, String> rule : plan.scoreByRule().entrySet()) {
            sheet.value(row, 0, rule.getKey());
            sheet.value(row, 1, rule.getValue());
            row++;
        }
    }

    private static void cell(Worksheet sheet, int row, int column, Object value) {
        if (value instanceof Number n) {
            sheet.value(row, column, n);
        } else if (value != null) {
            sheet.value(row, column, value.toString());
        }
    }

    private static void indicators(Worksheet sheet, RotationPlan plan) {
        header(sheet, "学段 stage", "指标 indicator", "差异系数（前） coefficient before", "差异系数（后） after",
                "达标学校（前） compliant schools before", "（后） after");
        int row = 1;
        for (StageAssessment before : plan.before().counties().get(0).stages()) {
            StageAssessment after = stage(plan.after(), before);
            for (String code : TEACHER_INDICATORS) {
                sheet.value(row, 0, before.stage().key());
                sheet.value(row, 1, code);
                cell(sheet, row, 2, indicator(before, code).cv());
                cell(sheet, row, 3, indicator(after, code).cv());
                sheet.value(row, 4, before.compliantSchools());
                sheet.value(row, 5, after.compliantSchools());
                sheet.style(row, 2).format("0.0000").set();
                sheet.style(row, 3).format("0.0000").set();
                row++;
            }
        }
    }

    private static StageAssessment stage(Assessment assessment, StageAssessment like) {
        return assessment.counties().get(0).stages().stream().filter(s -> s.stage() == like.stage()).findFirst()
                .orElseThrow();
    }

    private static IndicatorAssessment indicator(StageAssessment stage, String code) {
        return stage.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }
}
