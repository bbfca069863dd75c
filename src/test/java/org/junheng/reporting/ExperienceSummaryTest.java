package org.junheng.reporting;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junheng.assistance.ProgrammeSummary;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExperienceSummaryTest {

    private static Map<String, Long> of(Object... pairs) {
        Map<String, Long> map = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], ((Number) pairs[i + 1]).longValue());
        }
        return map;
    }

    private final ProgrammeSummary group = new ProgrammeSummary(7, of("support_teaching", 904, "shadowing", 0,
            "secondment", 0, "rotation", 0), of("support_teaching", 3, "shadowing", 0, "secondment", 0, "rotation", 0),
            280, of("diagnosis", 40, "lecture", 240), 560, 14000, 0, 6, 70, 32, 20, 12, 0, 4,
            of("honour", 1, "contest_award", 1, "research_approved", 0, "research_completed", 1, "studio", 1), 0, 1,
            new BigDecimal("380000.00"), 0);

    @Test
    void theSkeletonIsFilledWithTheFiguresWhereDraftsHaveStars() {
        ExperienceSummary summary = new ExperienceSummary("“1+1+N”组团式帮扶", group, LocalDate.of(2019, 6, 1),
                LocalDate.of(2022, 7, 31), Locale.CHINA);

        List<List<String>> sections = summary.sections();

        assertThat(sections.get(0)).containsExactly("“1+1+N”组团式帮扶帮扶工作经验总结", "统计期间：2019-06-01 至 2022-07-31");
        assertThat(sections.get(1).get(1)).isEqualTo("共有帮扶学校 6 所、受援学校 70 所，结对 0 对。");
        assertThat(sections.get(2).get(1)).startsWith("（一）精准选人：支教 904 人次（3 批），跟岗实训 0 人次（0 批）");
        assertThat(sections.get(2).get(2)).isEqualTo("（二）精准施策：开展帮扶活动 280 次，派出专家 560 人次，受益教师 14,000 人次、学生 0 人次。");
        assertThat(sections.get(2).get(3)).isEqualTo("（三）精准对接需求：收集受援校需求 32 项，已落实 20 项，经受援校确认 12 项。");
        assertThat(sections.get(3).get(1)).isEqualTo("获荣誉称号 1 项，竞赛获奖 1 项，课题立项 0 项、结题 1 项，成立工作室 1 个。");
        assertThat(String.join("", sections.stream().flatMap(List::stream).toList())).doesNotContain("**");
    }

    @Test
    void theSummaryIsAvailableInEnglish() throws IOException {
        StringWriter html = new StringWriter();

        new ExperienceSummary("1+1+N group", group, null, null, Locale.ENGLISH).writeHtml(html);

        assertThat(html.toString()).contains("<html lang=\"en\"").contains("Period: since the programme started")
                .contains("support teaching 904 person-times (3 batches)").contains("<td>diagnosis</td><td class=n>40</td>");
    }

    @Test
    void theWorkbookHoldsTheReportAndEveryFigureUnderItsApiKey() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        new ExperienceSummary("组团式帮扶", group, null, null, Locale.CHINA).writeXlsx(bytes);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            List<Row> report = workbook.getSheets().toList().get(0).read();
            assertThat(report.get(0).getCellText(0)).isEqualTo("组团式帮扶帮扶工作经验总结");
            Map<String, String> figures = new TreeMap<>();
            workbook.getSheets().toList().get(1).read().stream().skip(1)
                    .forEach(row -> figures.put(row.getCellText(0), row.getCellText(1)));
            assertThat(figures).containsEntry("placementPersonTimes.support_teaching", "904")
                    .containsEntry("helpedSchools", "70").containsEntry("visitsByKind.diagnosis", "40");
            assertThat(new BigDecimal(figures.get("donationValue"))).isEqualByComparingTo("380000");
        }
    }
}
