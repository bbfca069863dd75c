package org.junheng.reporting;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.junheng.assessment.Assessment;
import org.junheng.assessment.AssessmentEngine;
import org.junheng.assessment.AssessmentMethod;
import org.junheng.assessment.StageWeights;
import org.junheng.registry.BasicBalanceFigures;
import org.junheng.registry.LocationClass;
import org.junheng.registry.School;
import org.junheng.registry.SchoolFacilities;
import org.junheng.registry.SchoolStatistics;
import org.junheng.registry.SchoolType;
import org.junheng.registry.SchoolYear;
import org.junheng.registry.StageStatistics;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AssessmentReportsTest {

    /** A school whose name a careless export would run as markup or as a spreadsheet formula. */
    private static SchoolYear school(String code, String name, int students, String equipment) {
        School school = new School(code, name, SchoolType.PRIMARY, LocationClass.TOWN, "990121", null, null);
        StageStatistics primary = new StageStatistics(students, students / 40, 0, students * 6 / 100, students * 5 / 100,
                students * 12 / 1000, students / 100);
        SchoolFacilities facilities = new SchoolFacilities(primary.teachers(), BigDecimal.valueOf(students * 6L),
                BigDecimal.valueOf(students * 11L), new BigDecimal(equipment), students * 3 / 100, 2, 2,
                new BigDecimal("100"), new BigDecimal("95"));
        return new SchoolYear(school, new SchoolStatistics(2025, code, primary, StageStatistics.NONE, 0, facilities));
    }

    private static SchoolYear withBasicFigures(SchoolYear school) {
        SchoolStatistics st = school.statistics();
        return new SchoolYear(school.school(), new SchoolStatistics(st.year(), st.schoolCode(), st.primary(), st.junior(),
                st.studentsSenior(), st.facilities(), new BasicBalanceFigures(80, 30_000, 20, null)));
    }

    private final Assessment assessment = new AssessmentEngine().assess(2025, List.of(
            school("2990121001", "<script>alert(1)</script>小学", 800, "400000"),
            school("2990121002", "=HYPERLINK(\"http://x\")", 700, "1800000")), Map.of("990121", "青岭县 & <县>"));

    @Test
    void htmlReportEscapesNamesAndShowsTheVerdictAndTheNonCompliantSchools() throws Exception {
        StringWriter html = new StringWriter();

        AssessmentHtml.write(assessment, html);

        assertThat(html.toString())
                .startsWith("<!DOCTYPE html>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;小学")
                .doesNotContain("<script>")
                .contains("青岭县 &amp; &lt;县&gt;")
                .contains("未达到 not met")
                .contains("equipment_value_per_student");
    }

    @Test
    void workbookCellsThatLookLikeFormulasAreEscaped() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        AssessmentWorkbook.write(assessment, bytes);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            var primary = workbook.getSheets().toList().get(1).read();
            assertThat(primary).extracting(row -> row.getCellText(1)).contains("'=HYPERLINK(\"http://x\")");
        }
    }

    /** Two schools of 1,000 pupils at 15,003 and 4,997 yuan each: CV = 10,006 / 20,000 = 0.5003, over the 0.50 limit. */
    private final Assessment justOver = new AssessmentEngine().assess(2025, List.of(
            school("2990121001", "甲小学", 1000, "15003000"),
            school("2990121002", "乙小学", 1000, "4997000")), Map.of("990121", "青岭县"));

    @Test
    void aFailingCoefficientOf0Point5003IsShownWithFourDecimalsInTheReportAndTheWorkbook() throws Exception {
        StringWriter html = new StringWriter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        AssessmentHtml.write(justOver, html);
        AssessmentWorkbook.write(justOver, bytes);

        assertThat(html.toString()).contains("<td>0.5003</td>").doesNotContain("<td>0.500</td>")
                .contains("评估方案 profile: national");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new java.io.ByteArrayInputStream(bytes.toByteArray()),
                new ReadingOptions(true, false))) {
            var rows = workbook.getFirstSheet().read();
            var equipment = rows.stream().filter(r -> "equipment_value_per_student".equals(r.getCellText(3))).findFirst()
                    .orElseThrow();
            assertThat(equipment.getCellAsNumber(6).orElseThrow()).isCloseTo(new BigDecimal("0.5003"),
                    org.assertj.core.api.Assertions.within(new BigDecimal("1e-12")));
            assertThat(equipment.getCell(6).getDataFormatString()).isEqualTo("0.0000");
            var other = rows.stream().filter(r -> "teaching_area_per_student".equals(r.getCellText(3))).findFirst()
                    .orElseThrow();
            assertThat(other.getCell(6).getDataFormatString()).isEqualTo("0.000");
        }
    }

    @Test
    void underBasic2012TheReportShowsTheJudgedCompositeAndSingleCoefficientsWithoutALimit() throws Exception {
        Assessment basic = new AssessmentEngine(AssessmentMethod.BASIC_2012, StageWeights.EQUAL).assess(2025, List.of(
                withBasicFigures(school("2990121001", "甲小学", 1000, "15003000")),
                withBasicFigures(school("2990121002", "乙小学", 1000, "4997000"))), Map.of("990121", "青岭县"));
        StringWriter html = new StringWriter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        AssessmentHtml.write(basic, html);
        AssessmentWorkbook.write(basic, bytes);

        assertThat(html.toString()).contains("综合差异系数 composite").contains("<td>0.65</td>");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            var composite = workbook.getFirstSheet().read().stream().filter(r -> "composite".equals(r.getCellText(3)))
                    .findFirst().orElseThrow();
            assertThat(composite.getCellAsNumber(7).orElseThrow()).isEqualByComparingTo("0.65");
        }
    }
}
