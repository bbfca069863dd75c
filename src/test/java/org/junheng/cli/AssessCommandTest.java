package org.junheng.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junheng.importing.DataGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class AssessCommandTest {

    @TempDir
    static Path demo;

    private static CommandRun junheng(String... args) {
        return CommandRun.junheng(args);
    }

    @BeforeAll
    static void generateTwoDemoCounties() throws Exception {
        DataGenerator.generate(DataGenerator.Kind.DEMO, 2, 2025, true, demo, c -> { });
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    @Test
    void assessPrintsTheJsonContractForEveryCountyOfTheLatestYear() {
        CommandRun run = junheng("assess", "--input", demo.resolve("school-stats.csv").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        assertThat(json.get("year").asInt()).isEqualTo(2025);
        assertThat(json.get("method").asString()).isEqualTo("quality-2017");
        assertThat(json.get("counties")).hasSize(2);
        JsonNode county = json.get("counties").get(0);
        assertThat(fieldNames(county)).startsWith("countyCode", "countyName", "stages", "resourcePass", "guarantee", "quality");
        assertThat(county.has("verdict")).isTrue();
        JsonNode stage = county.get("stages").get(0);
        assertThat(fieldNames(stage)).startsWith("stage", "schoolCount", "students", "indicators", "compliantSchools",
                "resourcePass");
        assertThat(fieldNames(stage.get("indicators").get(0)))
                .startsWith("code", "countyValue", "standard", "cv", "cvLimit", "cvPass");
        assertThat(stage.get("indicators")).hasSize(7);
        JsonNode school = json.get("schools").get(0);
        assertThat(fieldNames(school)).containsExactly("schoolCode", "schoolName", "countyCode", "stage", "students",
                "values", "passes", "compliant", "gaps", "excluded");
    }

    @Test
    void assessOfAnEarlierYearAndToAWorkbook(@TempDir Path out) throws Exception {
        Path workbook = out.resolve("assessment.xlsx");

        CommandRun run = junheng("assess", "--input", demo.resolve("school-stats.csv").toString(), "--year", "2024",
                "--format", "xlsx", "--out", workbook.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (ReadableWorkbook book = new ReadableWorkbook(workbook.toFile())) {
            assertThat(book.getSheets().map(Sheet::getName)).containsExactly("县 Counties", "小学 Primary", "初中 Junior");
            var counties = book.getFirstSheet().read();
            // 2 counties × 2 stages × (7 indicators and the composite), under one header row
            assertThat(counties).hasSize(1 + 2 * 2 * (7 + 1));
            assertThat(counties).filteredOn(r -> "composite".equals(r.getCellText(3))).hasSize(2 * 2)
                    .allSatisfy(r -> assertThat(r.getCellText(7)).as("information only: no limit").isEmpty());
        }
    }

    @Test
    void aFileWithErrorsExitsWith2AndNamesTheCell(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(demo.resolve("school-stats.csv")));
        lines.set(3, lines.get(3).replaceFirst(",(primary|junior|nine_year|special|teaching_point|complete_middle|twelve_year),", ",kindergarten,"));
        Files.write(bad, lines);

        CommandRun run = junheng("assess", "--input", bad.toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(bad + ":4:school_type (F4)").contains("nothing was assessed");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnknownMethodOrAYearWithoutRowsIsBadInput() {
        assertThat(junheng("assess", "--input", demo.resolve("school-stats.csv").toString(), "--method", "magic").exitCode())
                .isEqualTo(2);
        CommandRun noRows = junheng("assess", "--input", demo.resolve("school-stats.csv").toString(), "--year", "2019");
        assertThat(noRows.exitCode()).isEqualTo(2);
        assertThat(noRows.err()).contains("2019");
    }

    @Test
    void countyFactsGivenWithTheStatisticsAreJudged() {
        CommandRun run = junheng("assess", "--input", demo.resolve("school-stats.csv").toString(),
                "--facts", demo.resolve("county-facts.csv").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode county = JsonMapper.builder().build().readTree(run.out()).get("counties").get(0);
        assertThat(county.get("guarantee").get("items").get(10).get("facts").get("rotation_eligible").isNumber()).isTrue();
        assertThat(county.get("recognition").get("pass").isBoolean()).isTrue();
        assertThat(county.get("veto").get("items")).hasSize(6);
    }

    @Test
    void theBasicBalanceMethodRunsOnTheDemoWithItsEightIndicators() {
        CommandRun run = junheng("assess", "--input", demo.resolve("school-stats.csv").toString(), "--method", "basic-2012");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        assertThat(json.get("method").asString()).isEqualTo("basic-2012");
        JsonNode indicators = json.get("counties").get(0).get("stages").get(0).get("indicators");
        assertThat(indicators).hasSize(8);
        for (JsonNode indicator : indicators) {
            assertThat(indicator.get("cv").isNumber()).as(indicator.get("code").asString()).isTrue();
        }
    }

    @Test
    void assessWritesTheSelfAssessmentReportOfOneCountyInPdfAndWord(@TempDir Path out) throws Exception {
        Path pdf = out.resolve("report.pdf");
        Path docx = out.resolve("report.docx");

        CommandRun toPdf = junheng("assess", "--input", demo.resolve("school-stats.csv").toString(), "--facts",
                demo.resolve("county-facts.csv").toString(), "--county", "990122", "--format", "pdf", "--out", pdf.toString());
        CommandRun toWord = junheng("assess", "--input", demo.resolve("school-stats.csv").toString(), "--county", "990122",
                "--format", "docx", "--out", docx.toString());

        assertThat(toPdf.exitCode()).as(toPdf.err()).isZero();
        assertThat(toWord.exitCode()).as(toWord.err()).isZero();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("自评报告").contains("政府保障程度").doesNotContain("青岭县");
        }
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(docx));
             var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            assertThat(extractor.getText()).contains("自评报告").contains("附表");
        }
    }

    @Test
    void aReportNeedsOneCountyAndAFileAndAnUnknownCountyIsBadInput(@TempDir Path out) {
        CommandRun withoutCounty = junheng("assess", "--input", demo.resolve("school-stats.csv").toString(), "--format", "pdf",
                "--out", out.resolve("r.pdf").toString());
        CommandRun unknown = junheng("assess", "--input", demo.resolve("school-stats.csv").toString(), "--county", "990199",
                "--format", "docx", "--out", out.resolve("r.docx").toString());

        assertThat(withoutCounty.exitCode()).isNotZero();
        assertThat(withoutCounty.err()).contains("--county");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("990199");
        assertThat(out.resolve("r.docx")).doesNotExist();
    }

    @Test
    void theSchoolsWrittenAreAllOnlyTheFailingOnesOrNone() {
        String input = demo.resolve("school-stats.csv").toString();
        JsonNode all = JsonMapper.builder().build().readTree(junheng("assess", "--input", input).out());
        JsonNode failing = JsonMapper.builder().build().readTree(junheng("assess", "--input", input, "--schools", "failing").out());
        JsonNode none = JsonMapper.builder().build().readTree(junheng("assess", "--input", input, "--schools", "none").out());

        long notCompliant = 0;
        for (JsonNode school : all.get("schools")) {
            if (school.get("compliant").isBoolean() && !school.get("compliant").asBoolean()) {
                notCompliant++;
            }
        }
        assertThat(notCompliant).isPositive().isLessThan(all.get("schools").size());
        assertThat(failing.get("schools")).hasSize((int) notCompliant)
                .allSatisfy(s -> assertThat(s.get("compliant").asBoolean()).isFalse());
        assertThat(none.get("schools")).isEmpty();
        assertThat(none.get("counties")).isEqualTo(all.get("counties"));
    }

    @Test
    void assessWritesAnHtmlReport(@TempDir Path out) throws Exception {
        Path report = out.resolve("assessment.html");

        CommandRun run = junheng("assess", "--input", demo.resolve("school-stats.csv").toString(), "--format", "html",
                "--out", report.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(report)).startsWith("<!DOCTYPE html>").contains("青岭县").contains("差异系数");
    }

    @Test
    void aProvincialProfileTightensTheLimitsAndProfileShowSaysWhereEachValueComesFrom(@TempDir Path dir) throws Exception {
        Path province = dir.resolve("province.yaml");
        Files.writeString(province, "profile: 示范省\nlimits: {primary: 0.05, junior: 0.05}\n");

        CommandRun national = junheng("assess", "--input", demo.resolve("school-stats.csv").toString());
        CommandRun strict = junheng("assess", "--input", demo.resolve("school-stats.csv").toString(), "--profile",
                province.toString());
        CommandRun shown = junheng("profile", "show", province.toString());

        assertThat(strict.exitCode()).as(strict.err()).isZero();
        JsonNode primary = JsonMapper.builder().build().readTree(strict.out()).get("counties").get(0).get("stages").get(0);
        assertThat(primary.get("indicators").get(0).get("cvLimit").decimalValue()).isEqualByComparingTo("0.05");
        assertThat(JsonMapper.builder().build().readTree(national.out()).get("counties").get(0).get("stages").get(0)
                .get("indicators").get(0).get("cvLimit").decimalValue()).isEqualByComparingTo("0.50");
        assertThat(shown.exitCode()).isZero();
        assertThat(shown.out()).containsPattern("limits\\.primary\\s+0\\.05\\s+示范省")
                .containsPattern("limits\\.junior\\s+0\\.05\\s+示范省")
                .containsPattern("guarantee\\.music_room_area\\s+96\\s+national");
    }

    @Test
    void aProfileWithAMistakeIsBadInputNamingTheKey(@TempDir Path dir) throws Exception {
        Path province = dir.resolve("province.yaml");
        Files.writeString(province, "profile: 示范省\nstage_weights: {junior: 0}\n");

        CommandRun run = junheng("assess", "--input", demo.resolve("school-stats.csv").toString(), "--profile",
                province.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("stage_weights.junior");
        assertThat(run.out()).isEmpty();
    }
}
