package org.junheng.reporting;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junheng.DemoImport;
import org.junheng.IntegrationTest;
import org.junheng.assessment.Assessment;
import org.junheng.assessment.AssessmentMethod;
import org.junheng.assessment.AssessmentService;
import org.junheng.assessment.CountyAssessment;
import org.junheng.assessment.DimensionAssessment;
import org.junheng.assessment.IndicatorAssessment;
import org.junheng.assessment.ItemAssessment;
import org.junheng.assessment.SchoolStageAssessment;
import org.junheng.assessment.Shown;
import org.junheng.assessment.StageAssessment;
import org.junheng.importing.ImportType;
import org.junheng.importing.Importer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The county self-assessment report read back from the Word and PDF files the API sends: the
 * county's name, every coefficient as the county page shows it, every school that is not compliant,
 * every item with its result — the numbers of the engine's own assessment.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CountyReportIT {

    private static final String COUNTY = "990121";
    private static final int YEAR = 2025;

    @Autowired
    Importer importer;

    @Autowired
    AssessmentService assessments;

    @Autowired
    MessageSource messages;

    @LocalServerPort
    int port;

    CountyAssessment county;
    List<SchoolStageAssessment> schools;

    @BeforeAll
    void importACountyWithItsFacts(@TempDir Path demo) throws Exception {
        DemoImport.importDemo(importer, demo, 1, ImportType.REGIONS, ImportType.SCHOOL_STATS, ImportType.COUNTY_FACTS);
        Assessment assessment = assessments.assess(COUNTY, YEAR, AssessmentMethod.QUALITY_2017, null);
        county = assessment.counties().get(0);
        schools = assessment.schools();
    }

    private RestTestClient admin() {
        return RestTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth("admin", IntegrationTest.ADMIN_PASSWORD)).build();
    }

    private byte[] report(String format) {
        return admin().get().uri("/api/v1/reports/county?county=" + COUNTY + "&year=" + YEAR + "&format=" + format)
                .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody();
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** What both documents must say, as the engine decided it. */
    private void saysWhatTheEngineDecided(String text, boolean tablesAsTabs) {
        String flat = squeezed(text);
        assertThat(flat).contains(squeezed(county.countyName()));
        for (StageAssessment stage : county.stages()) {
            for (IndicatorAssessment indicator : stage.indicators()) {
                if (indicator.cv() != null) {
                    assertThat(flat).as(stage.stage() + " " + indicator.code())
                            .contains(Shown.coefficient(indicator.cv(), indicator.cvLimit(), indicator.cvPass()));
                }
            }
        }
        List<String> notCompliant = schools.stream().filter(s -> s.excluded() == null && Boolean.FALSE.equals(s.compliant()))
                .map(SchoolStageAssessment::schoolName).distinct().toList();
        assertThat(notCompliant).isNotEmpty();
        notCompliant.forEach(name -> assertThat(flat).as(name).contains(squeezed(name)));
        String[] dimensions = {"guarantee", "quality", "recognition", "veto"};
        DimensionAssessment[] assessed = {county.guarantee(), county.quality(), county.recognition(), county.veto()};
        for (int d = 0; d < dimensions.length; d++) {
            for (ItemAssessment item : assessed[d].items()) {
                String name = messages.getMessage("item." + dimensions[d] + "." + item.code(), null, java.util.Locale.CHINA);
                String result = messages.getMessage(item.pass() == null ? "item.unknown" : item.pass() ? "item.pass"
                        : "item.fail", null, java.util.Locale.CHINA);
                if (tablesAsTabs) {
                    assertThat(text).as(name).contains(item.number() + "\t" + name + "\t" + result);
                } else {
                    // a PDF's text runs line by line across a table row, so a wrapped name is met in pieces
                    String start = squeezed(name);
                    assertThat(flat).as(name).contains(start.substring(0, Math.min(12, start.length())));
                }
            }
        }
    }

    @Test
    void theWordReportSaysTheCountysNameCoefficientsNonCompliantSchoolsAndEveryItemsResult() throws Exception {
        byte[] docx = report("docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            saysWhatTheEngineDecided(text, true);
            assertThat(doc.getParagraphs()).anySatisfy(p -> assertThat(p.getStyle()).isEqualTo("Heading1"));
            assertThat(doc.getTables()).hasSizeGreaterThan(6);
            assertThat(doc.getAllPictures()).isNotEmpty();
        }
    }

    @Test
    void thePdfReportHasTheSameTextSelectableAndNoBlankPage() throws Exception {
        byte[] pdf = report("pdf");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            saysWhatTheEngineDecided(text, false);
            assertThat(doc.getNumberOfPages()).isGreaterThan(3);
            PDFRenderer renderer = new PDFRenderer(doc);
            List<Integer> blank = new ArrayList<>();
            for (int page = 0; page < doc.getNumberOfPages(); page++) {
                if (inked(renderer.renderImageWithDPI(page, 30)) < 0.002) {
                    blank.add(page + 1);
                }
            }
            assertThat(blank).as("blank pages").isEmpty();
            assertThat(doc.getPage(0).getResources().getFontNames()).isNotEmpty();
        }
    }

    /** The share of pixels that are not white. */
    private static double inked(BufferedImage image) {
        long inked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    inked++;
                }
            }
        }
        return (double) inked / ((long) image.getWidth() * image.getHeight());
    }

    @Test
    void anUnknownCountyAYearWithoutStatisticsAndAnUnknownFormatAreRefusedWithoutAFile() {
        admin().get().uri("/api/v1/reports/county?county=990199&year=" + YEAR).exchange().expectStatus().isNotFound();
        String body = new String(admin().get().uri("/api/v1/reports/county?county=" + COUNTY + "&year=1999&format=pdf")
                .exchange().expectStatus().isNotFound().expectBody().returnResult().getResponseBody(), UTF_8);
        assertThat(body).contains("1999");
        admin().get().uri("/api/v1/reports/county?county=" + COUNTY + "&format=odt").exchange().expectStatus().isBadRequest();
    }

    @Test
    void theProvinceReportListsEveryCountysVerdictAndRanksTheNearestAndFurthestByTheirLargestCoefficient()
            throws Exception {
        Assessment province = assessments.assess("990000", YEAR, AssessmentMethod.QUALITY_2017, null);
        byte[] docx = admin().get().uri("/api/v1/reports/province?province=990000&year=" + YEAR + "&format=docx").exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBody();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            for (CountyAssessment c : province.counties()) {
                String verdict = messages.getMessage("verdict." + c.verdict().key(), null, java.util.Locale.CHINA);
                assertThat(text).as(c.countyName()).contains(c.countyName() + "\t" + verdict);
            }
            // the nearest county not meeting the standard: the smallest largest-coefficient-to-limit ratio, found here
            CountyAssessment nearest = province.counties().stream()
                    .filter(c -> c.verdict() != org.junheng.assessment.Verdict.MET)
                    .min(java.util.Comparator.comparingDouble(CountyReportIT::largestShareOfLimit)).orElseThrow();
            String nearestTable = text.substring(text.indexOf(messages.getMessage("report.province.nearest", null,
                    java.util.Locale.CHINA)));
            assertThat(nearestTable.lines().skip(2).findFirst().orElseThrow()).startsWith(nearest.countyName() + "\t");
        }
        admin().get().uri("/api/v1/reports/province?province=970000&year=" + YEAR).exchange().expectStatus().isNotFound();
    }

    private static double largestShareOfLimit(CountyAssessment county) {
        return county.stages().stream().flatMap(s -> s.indicators().stream())
                .filter(i -> i.cv() != null && i.cvLimit() != null)
                .mapToDouble(i -> i.cv() / i.cvLimit().doubleValue()).max().orElse(Double.MAX_VALUE);
    }
}
