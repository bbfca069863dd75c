package org.junheng.rotation;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junheng.assessment.AssessmentMethod;
import org.junheng.assessment.Indicator;
import org.junheng.assessment.IndicatorAssessment;
import org.junheng.assessment.ResourceUnit;
import org.junheng.assessment.Shown;
import org.junheng.assessment.StageAssessment;
import org.junheng.registry.Labelled;
import org.junheng.registry.Stage;
import org.junheng.registry.Subject;
import org.junheng.reporting.SpreadsheetText;

/**
 * A rotation plan for review in a spreadsheet: the moves, the quotas and rules, the teacher
 * indicators before and after. Written from the typed plan — one just made, or one kept by the server
 * and read back ({@link RotationPlanJson#read}) — so both export the same.
 */
public final class RotationPlanWorkbook {

    private static final List<String> TEACHER_INDICATORS = List.of("qualified_teachers_per_100", "backbone_teachers_per_100",
            "pe_art_teachers_per_100");

    private RotationPlanWorkbook() {
    }

    public static void write(RotationPlan plan, OutputStream out) throws IOException {
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

    private static void moves(Worksheet sheet, RotationPlan plan) {
        header(sheet, "教师编号 teacher", "派出学校 from", "派出学校代码 code", "接收学校 to", "接收学校代码 code",
                "学段 stage", "学科 subject", "理由 reasons");
        int row = 1;
        for (PlannedMove move : plan.moves()) {
            sheet.value(row, 0, SpreadsheetText.safe(move.teacherId()));
            sheet.value(row, 1, SpreadsheetText.safe(orEmpty(move.fromSchoolName())));
            sheet.value(row, 2, move.fromSchool());
            sheet.value(row, 3, SpreadsheetText.safe(orEmpty(move.toSchoolName())));
            sheet.value(row, 4, move.toSchool());
            sheet.value(row, 5, stageName(orEmpty(move.stage())));
            sheet.value(row, 6, Labelled.parse(Subject.class, move.subject()).map(Subject::chineseName)
                    .orElse(orEmpty(move.subject())));
            sheet.value(row, 7, String.join("；", move.reasons().stream().map(r -> Labelled.parse(MoveReason.class, r)
                    .map(MoveReason::chineseName).orElse(r)).toList()));
            row++;
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** What the plan does to what the county is judged on: compliant school-stages, coefficients, item 11. */
    private static void effect(Worksheet sheet, RotationPlan plan) {
        header(sheet, "学段 stage", "项目 item", "前 before", "后 after", "限值 limit", "说明 note");
        if (plan.effect() == null) {
            return;
        }
        int row = 1;
        for (PlanEffect.StageEffect stage : plan.effect().stages()) {
            String name = stageName(stage.stage());
            sheet.value(row, 0, name);
            sheet.value(row, 1, "达标学校 compliant school-stages (of " + stage.schoolStages() + ")");
            sheet.value(row, 2, stage.compliantBefore());
            sheet.value(row, 3, stage.compliantAfter());
            row++;
            row = schools(sheet, row, name, "新达标 made compliant", stage.madeCompliant());
            row = schools(sheet, row, name, "不再达标 no longer compliant", stage.noLongerCompliant());
            row = notCompliant(sheet, row, name, stage.notCompliant());
            for (PlanEffect.CoefficientEffect c : stage.coefficients()) {
                sheet.value(row, 0, name);
                sheet.value(row, 1, "差异系数 " + indicatorName(c.indicator()));
                coefficientCell(sheet, row, 2, c.before(), c.limit(), c.passBefore());
                coefficientCell(sheet, row, 3, c.after(), c.limit(), c.passAfter());
                if (c.limit() != null) {
                    sheet.value(row, 4, c.limit());
                }
                sheet.value(row, 5, c.passAfter() ? "未超限 within" : "超限 over the limit");
                row++;
            }
        }
        PlanEffect.RotationItem item = plan.effect().rotationItem();
        if (item != null) {
            row++;
            sheet.value(row, 1, "评估指标第11项（" + item.schoolYear() + "–" + (item.schoolYear() + 1) + " 学年）交流轮岗 item 11");
            sheet.value(row, 2, item.rotated() + " / " + item.eligible());
            sheet.value(row, 3, item.backboneRotated());
            sheet.value(row, 5, (item.met() ? "达到 met" : "未达到 not met") + "：交流 ≥ " + percent(item.requiredShare())
                    + "，骨干 ≥ " + percent(item.requiredBackboneShare()));
        }
    }

    private static int schools(Worksheet sheet, int row, String stage, String label, List<PlanEffect.SchoolChange> schools) {
        for (PlanEffect.SchoolChange school : schools) {
            sheet.value(row, 0, stage);
            sheet.value(row, 1, label);
            sheet.value(row, 5, SpreadsheetText.safe(orEmpty(school.schoolName()) + " " + school.schoolCode()));
            row++;
        }
        return row;
    }

    /** The school-stages not compliant after the plan: what each lacks, and whether teachers could make it compliant. */
    private static int notCompliant(Worksheet sheet, int row, String stage, List<PlanEffect.NotCompliant> schools) {
        for (PlanEffect.NotCompliant school : schools == null ? List.<PlanEffect.NotCompliant>of() : schools) {
            List<String> gaps = new ArrayList<>();
            school.gaps().forEach((indicator, gap) -> gaps.add(indicatorName(indicator) + " 还差 "
                    + Shown.amount(unitOf(indicator), gap, Locale.SIMPLIFIED_CHINESE)));
            sheet.value(row, 0, stage);
            sheet.value(row, 1, "交流后仍未达标 not compliant after");
            Integer teachers = school.teachersShort();
            String heldBack = PlanEffect.NotCompliant.OTHER_INDICATORS.equals(school.heldBackBy())
                    ? "校舍、场馆、设备等交流不改变的指标使其无法达标 teachers alone cannot make it compliant"
                    : PlanEffect.NotCompliant.SUBJECT_RULE.equals(school.heldBackBy())
                    ? "各学科教师人数不减的规则下交流无法使其达标，另行补充 " + teachers + " 名相应教师即可 no rotation can while "
                            + "no subject may lose teachers; " + teachers + " more teachers would make it compliant"
                    : "再有 " + teachers + " 名相应教师即可达标 " + teachers + " more teachers would make it compliant";
            sheet.value(row, 5, SpreadsheetText.safe(orEmpty(school.schoolName()) + " " + school.schoolCode() + "："
                    + String.join("；", gaps) + "。" + heldBack));
            row++;
        }
        return row;
    }

    /** A coefficient with as many decimals as it takes not to contradict its decision against the limit. */
    private static void coefficientCell(Worksheet sheet, int row, int column, Double cv, BigDecimal limit, boolean within) {
        if (cv == null) {
            return;
        }
        int decimals = limit != null ? Shown.coefficientDecimals(cv, limit, within) : 3;
        sheet.value(row, column, cv);
        sheet.style(row, column).format("0." + "0".repeat(decimals)).set();
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private static String ruleName(String key) {
        return Labelled.parse(PlanRule.class, key).map(r -> r.chineseName() + " " + key).orElse(key);
    }

    private static String stageName(String key) {
        return Labelled.parse(Stage.class, key).map(Stage::chineseName).orElse(key);
    }

    private static ResourceUnit unitOf(String code) {
        return AssessmentMethod.QUALITY_2017.indicator(code).map(i -> i.resource().unit()).orElse(ResourceUnit.UNITS);
    }

    private static String indicatorName(String code) {
        return AssessmentMethod.QUALITY_2017.indicator(code).map(Indicator::chineseName).orElse(code);
    }

    private static void rules(Worksheet sheet, RotationPlan plan) {
        header(sheet, "项目 item", "值 value", "要求 required");
        Quotas q = plan.quotas();
        sheet.value(1, 0, "可行 feasible");
        sheet.value(1, 1, plan.feasible() ? "是 yes" : "否 no");
        sheet.value(2, 0, "得分 score");
        sheet.value(2, 1, plan.score());
        quota(sheet, 3, "应交流教师 eligible", q.eligible(), null);
        quota(sheet, 4, "交流人数 rotated", q.rotated(), q.requiredRotated());
        quota(sheet, 5, "其中骨干教师 backbone rotated", q.backboneRotated(), q.requiredBackbone());
        quota(sheet, 6, "特级教师、学科带头人 local rule rotated", q.localRuleRotated(), q.requiredLocalRule());
        int row = 7;
        row++;
        sheet.value(row++, 0, "未满足的规则 broken rules");
        for (BrokenRule broken : plan.brokenRules()) {
            sheet.value(row, 0, ruleName(broken.rule()));
            sheet.value(row, 1, broken.shortBy());
            sheet.value(row, 2, broken.explanation());
            row++;
        }
        row++;
        sheet.value(row++, 0, "各规则得分 score by rule");
        for (var rule : plan.scoreByRule().entrySet()) {
            sheet.value(row, 0, ruleName(rule.getKey()));
            sheet.value(row, 1, rule.getValue());
            row++;
        }
    }

    private static void quota(Worksheet sheet, int row, String label, int value, Integer required) {
        sheet.value(row, 0, label);
        sheet.value(row, 1, value);
        if (required != null) {
            sheet.value(row, 2, required);
        }
    }

    private static void indicators(Worksheet sheet, RotationPlan plan) {
        header(sheet, "学段 stage", "指标 indicator", "差异系数（前） coefficient before", "差异系数（后） after",
                "达标学校（前） compliant schools before", "（后） after");
        int row = 1;
        List<StageAssessment> before = plan.before().counties().get(0).stages();
        List<StageAssessment> after = plan.after().counties().get(0).stages();
        for (int s = 0; s < before.size(); s++) {
            for (String code : TEACHER_INDICATORS) {
                sheet.value(row, 0, before.get(s).stage().key());
                sheet.value(row, 1, code);
                coefficient(sheet, row, 2, indicator(before.get(s), code));
                coefficient(sheet, row, 3, indicator(after.get(s), code));
                sheet.value(row, 4, before.get(s).compliantSchools());
                sheet.value(row, 5, after.get(s).compliantSchools());
                row++;
            }
        }
    }

    private static void coefficient(Worksheet sheet, int row, int column, IndicatorAssessment indicator) {
        if (indicator.cv() != null) {
            sheet.value(row, column, indicator.cv());
            sheet.style(row, column).format("0.0000").set();
        }
    }

    private static IndicatorAssessment indicator(StageAssessment stage, String code) {
        return stage.indicators().stream().filter(i -> i.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no indicator " + code));
    }
}
