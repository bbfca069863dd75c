package org.junheng.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junheng.assessment.Assessment;
import org.junheng.assessment.AssessmentMethod;
import org.junheng.assessment.CountyAssessment;
import org.junheng.assessment.Indicator;
import org.junheng.assessment.IndicatorAssessment;
import org.junheng.assessment.SchoolStageAssessment;
import org.junheng.assessment.Shown;
import org.junheng.assessment.StageAssessment;
import org.junheng.registry.Stage;

/**
 * The assessment as a workbook: a county sheet (each county, stage and indicator with its county
 * value, coefficient and limit), then one sheet per stage with schools × indicators (value,
 * standard, pass). Values are unrounded; number formats show 2 decimals (coefficients 3).
 */
public final class AssessmentWorkbook {

    private static final String VALUE_FORMAT = "0.00";

    private AssessmentWorkbook() {
    }

    public static void write(Assessment assessment, OutputStream out) throws IOException {
        AssessmentMethod method = AssessmentMethod.byKey(assessment.method()).orElse(AssessmentMethod.QUALITY_2017);
        Workbook workbook = new Workbook(out, "Junheng", "1.0");
        writeCounties(workbook.newWorksheet("县 Counties"), assessment);
        for (Stage stage : List.of(Stage.PRIMARY, Stage.JUNIOR)) {
            writeSchools(workbook.newWorksheet(stage.chineseName() + " " + capitalised(stage.key())), assessment, method, stage);
        }
        workbook.finish();
    }

    private static String capitalised(String key) {
        return Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }

    private static void header(Worksheet sheet, String... headings) {
        for (int c = 0; c < headings.length; c++) {
            sheet.value(0, c, headings[c]);
        }
        sheet.range(0, 0, 0, headings.length - 1).style().bold().fillColor("DDEBF7").wrapText(true).set();
        sheet.freezePane(0, 1);
    }

    private static void writeCounties(Worksheet sheet, Assessment assessment) {
        header(sheet, "县级代码 county code", "县 county", "学段 stage", "指标 indicator", "县域值 county value",
                "标准 standard", "差异系数 coefficient", "限值 limit", "系数达标 coefficient passes",
                "达标学校 compliant", "参评学校 assessed", "资源配置达标 resources pass", "结论 verdict",
                "评估方案 profile");
        int row = 1;
        for (CountyAssessment county : assessment.counties()) {
            for (StageAssessment stage : county.stages()) {
                for (IndicatorAssessment indicator : stage.indicators()) {
                    sheet.value(row, 0, county.countyCode());
                    sheet.value(row, 1, SpreadsheetText.safe(county.countyName()));
                    sheet.value(row, 2, stage.stage().key());
                    sheet.value(row, 3, indicator.code());
                    if (indicator.countyValue() != null) {
                        sheet.value(row, 4, indicator.countyValue());
                        sheet.style(row, 4).format(VALUE_FORMAT).set();
                    }
                    if (indicator.standard() != null) {
                        sheet.value(row, 5, indicator.standard());
                    }
                    if (indicator.cv() != null) {
                        sheet.value(row, 6, indicator.cv());
                        sheet.style(row, 6).format(decimals(Shown.coefficientDecimals(indicator.cv(), indicator.cvLimit(),
                                indicator.cvPass()))).set();
                    } else {
                        sheet.value(row, 6, indicator.cvUndefined());
                    }
                    if (indicator.cvLimit() != null) {
                        sheet.value(row, 7, indicator.cvLimit());
                        sheet.value(row, 8, indicator.cvPass());
                    }
                    stageColumns(sheet, row, county, stage);
                    row++;
                }
                if (stage.compositeCv() != null) {
                    // the composite coefficient 综合差异系数: judged under basic-2012, information under quality-2017
                    sheet.value(row, 0, county.countyCode());
                    sheet.value(row, 1, SpreadsheetText.safe(county.countyName()));
                    sheet.value(row, 2, stage.stage().key());
                    sheet.value(row, 3, "composite");
                    sheet.value(row, 6, stage.compositeCv());
                    sheet.style(row, 6).format(decimals(Shown.coefficientDecimals(stage.compositeCv(),
                            stage.compositeLimit(), !Boolean.FALSE.equals(stage.compositePass())))).set();
                    if (stage.compositeLimit() != null) {
                        sheet.value(row, 7, stage.compositeLimit());
                        sheet.value(row, 8, stage.compositePass());
                    }
                    stageColumns(sheet, row, county, stage);
                    row++;
                }
            }
        }
    }

    private static void stageColumns(Worksheet sheet, int row, CountyAssessment county, StageAssessment stage) {
        sheet.value(row, 9, stage.compliantSchools());
        sheet.value(row, 10, stage.schoolCount());
        sheet.value(row, 11, stage.resourcePass());
        sheet.value(row, 12, county.verdict().key());
        sheet.value(row, 13, SpreadsheetText.safe(county.profile()));
    }

    private static void writeSchools(Worksheet sheet, Assessment assessment, AssessmentMethod method, Stage stage) {
        List<Indicator> indicators = method.indicators();
        String[] fixed = {"学校标识码 school code", "学校 school", "县级代码 county", "学生数 students", "达标 compliant",
                "不参评原因 excluded"};
        int width = fixed.length + 3 * indicators.size();
        String[] headings = new String[width];
        System.arraycopy(fixed, 0, headings, 0, fixed.length);
        for (int k = 0; k < indicators.size(); k++) {
            String code = indicators.get(k).code();
            headings[fixed.length + 3 * k] = indicators.get(k).chineseName() + " " + code;
            headings[fixed.length + 3 * k + 1] = "标准 standard";
            headings[fixed.length + 3 * k + 2] = "达标 pass";
        }
        header(sheet, headings);
        int row = 1;
        for (SchoolStageAssessment school : assessment.schools()) {
            if (school.stage() != stage) {
                continue;
            }
            sheet.value(row, 0, school.schoolCode());
            sheet.value(row, 1, SpreadsheetText.safe(school.schoolName()));
            sheet.value(row, 2, school.countyCode());
            sheet.value(row, 3, school.students());
            if (school.compliant() != null) {
                sheet.value(row, 4, school.compliant());
            }
            if (school.excluded() != null) {
                sheet.value(row, 5, school.excluded().key());
            }
            for (int k = 0; k < indicators.size(); k++) {
                Indicator indicator = indicators.get(k);
                Double value = school.values().get(indicator.code());
                int column = fixed.length + 3 * k;
                Boolean pass = school.passes().get(indicator.code());
                if (value != null) {
                    sheet.value(row, column, value);
                    sheet.style(row, column).format(decimals(Shown.valueDecimals(value, indicator.standard(stage).orElse(null),
                            pass))).set();
                }
                if (indicator.standard(stage).isPresent()) {
                    sheet.value(row, column + 1, indicator.standard(stage).get());
                }
                if (pass != null) {
                    sheet.value(row, column + 2, pass);
                }
            }
            row++;
        }
    }

    /** The number format that shows this many decimals (what a figure needs not to contradict its decision). */
    private static String decimals(int decimals) {
        return "0." + "0".repeat(decimals);
    }
}
