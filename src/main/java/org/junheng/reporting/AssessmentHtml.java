package org.junheng.reporting;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junheng.assessment.Assessment;
import org.junheng.assessment.BalanceProposal;
import org.junheng.assessment.CountyAssessment;
import org.junheng.assessment.DimensionAssessment;
import org.junheng.assessment.IndicatorAssessment;
import org.junheng.assessment.ItemAssessment;
import org.junheng.assessment.Reason;
import org.junheng.assessment.SchoolStageAssessment;
import org.junheng.assessment.Shortfall;
import org.junheng.assessment.Shown;
import org.junheng.assessment.StageAssessment;

/**
 * The assessment as one self-contained HTML page: per county the verdict and its reasons, each
 * stage's indicators, the proposals for coefficients over their limit, the items, and the
 * school-stages that are not compliant with their gaps. Values rounded for display (2 decimals,
 * coefficients 3).
 */
public final class AssessmentHtml {

    private static final String STYLE = """
            body{font-family:"Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;margin:2em;color:#222}
            table{border-collapse:collapse;margin:.5em 0 1em}td,th{border:1px solid #bbb;padding:2px 8px;text-align:right}
            th{background:#ddebf7}td.t{text-align:left}.fail{color:#b00020;font-weight:bold}.pass{color:#1b5e20}
            h2{border-bottom:2px solid #1f4e79;margin-top:2em}""";

    private final Writer out;
    private final Map<String, List<SchoolStageAssessment>> schoolsByCounty;

    private AssessmentHtml(Writer out, Assessment assessment) {
        this.out = out;
        this.schoolsByCounty = assessment.schools().stream()
                .collect(Collectors.groupingBy(SchoolStageAssessment::countyCode));
    }

    public static void write(Assessment assessment, Writer out) throws IOException {
        new AssessmentHtml(out, assessment).page(assessment);
        out.flush();
    }

    private void page(Assessment assessment) throws IOException {
        out.write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>义务教育优质均衡评估 "
                + assessment.year() + "</title><style>" + STYLE + "</style></head><body>");
        out.write("<h1>县域义务教育均衡评估 Assessment " + assessment.year() + " · " + escape(assessment.method()) + "</h1>");
        out.write("<table><tr><th>县 county</th><th>结论 verdict</th><th>资源配置 resources</th><th>政府保障 guarantee</th>"
                + "<th>教育质量 quality</th><th>社会认可 recognition</th></tr>");
        for (CountyAssessment c : assessment.counties()) {
            out.write("<tr><td class=t><a href=\"#c" + c.countyCode() + "\">" + escape(c.countyName()) + " " + c.countyCode()
                    + "</a></td><td class=t>" + verdict(c) + "</td><td>" + pass(c.resourcePass()) + "</td><td>"
                    + pass(c.guarantee().pass()) + "</td><td>" + pass(c.quality().pass()) + "</td><td>"
                    + pass(c.recognition().pass()) + "</td></tr>");
        }
        out.write("</table>");
        for (CountyAssessment county : assessment.counties()) {
            county(county);
        }
        out.write("</body></html>");
    }

    private void county(CountyAssessment county) throws IOException {
        out.write("<h2 id=\"c" + county.countyCode() + "\">" + escape(county.countyName()) + " " + county.countyCode()
                + " — " + verdict(county) + "</h2><p>评估方案 profile: " + escape(county.profile()) + "</p><ul>");
        for (Reason reason : county.reasons()) {
            out.write("<li>" + escape(reason.message()) + "</li>");
        }
        out.write("</ul>");
        for (StageAssessment stage : county.stages()) {
            out.write("<h3>" + stage.stage().chineseName() + " " + stage.stage().key() + ": " + stage.schoolCount()
                    + " 所学校 school-stages, " + stage.students() + " 名学生 students, " + stage.compliantSchools()
                    + " 所达标 compliant</h3>");
            out.write("<table><tr><th>指标 indicator</th><th>县域值 county value</th><th>标准 standard</th>"
                    + "<th>差异系数 coefficient</th><th>限值 limit</th><th></th></tr>");
            for (IndicatorAssessment i : stage.indicators()) {
                out.write("<tr><td class=t>" + i.code() + "</td><td>" + number(i.countyValue(), 2) + "</td><td>"
                        + (i.standard() == null ? "" : i.standard().toPlainString()) + "</td><td>"
                        + (i.cv() == null ? escape(i.cvUndefined()) : Shown.coefficient(i.cv(), i.cvLimit(), i.cvPass()))
                        + "</td><td>"
                        + (i.cvLimit() == null ? "—" : i.cvLimit().toPlainString()) + "</td><td>"
                        + (i.cvLimit() == null ? "" : pass(i.cvPass())) + "</td></tr>");
            }
            if (stage.compositeCv() != null) {
                out.write("<tr><td class=t>综合差异系数 composite</td><td></td><td></td><td>"
                        + Shown.coefficient(stage.compositeCv(), stage.compositeLimit(), !Boolean.FALSE.equals(stage.compositePass()))
                        + "</td><td>" + (stage.compositeLimit() == null ? "（参考 information）" : stage.compositeLimit().toPlainString())
                        + "</td><td>" + (stage.compositePass() == null ? "" : pass(stage.compositePass())) + "</td></tr>");
            }
            out.write("</table>");
            for (BalanceProposal p : stage.proposals()) {
                out.write("<p>" + p.indicator() + ": " + number(p.cvBefore(), 3) + " → " + number(p.cvAfter(), 3)
                        + "，共需 total " + number(p.total(), 2) + " " + p.unit().chineseName() + "：");
                out.write(p.additions().stream().map(a -> escape(a.schoolName()) + " +" + number(a.amount(), 2))
                        .collect(Collectors.joining("，")));
                out.write("</p>");
            }
        }
        items("政府保障 guarantee", county.guarantee());
        items("教育质量 quality", county.quality());
        items("社会认可 recognition", county.recognition());
        items("否决项 vetoes", county.veto());
        schools(schoolsByCounty.getOrDefault(county.countyCode(), List.of()));
    }

    private void items(String title, DimensionAssessment dimension) throws IOException {
        out.write("<h3>" + title + " " + pass(dimension.pass()) + "</h3><table>");
        for (ItemAssessment item : dimension.items()) {
            out.write("<tr><td>" + item.number() + "</td><td class=t>" + item.code() + "</td><td>" + pass(item.pass())
                    + "</td><td class=t>" + escape(item.schools().isEmpty() ? item.facts().toString()
                    : item.shortfalls().stream().map(AssessmentHtml::shortfall).collect(Collectors.joining("; ")))
                    + "</td></tr>");
        }
        out.write("</table>");
    }

    private void schools(List<SchoolStageAssessment> schools) throws IOException {
        List<SchoolStageAssessment> failing = schools.stream().filter(s -> Boolean.FALSE.equals(s.compliant())).toList();
        if (failing.isEmpty()) {
            return;
        }
        out.write("<h3>未达标学校 school-stages not compliant</h3><table><tr><th>学校 school</th><th>学段 stage</th>"
                + "<th>学生 students</th><th>缺口 gaps</th></tr>");
        for (SchoolStageAssessment s : failing) {
            out.write("<tr><td class=t>" + escape(s.schoolName()) + " " + s.schoolCode() + "</td><td>" + s.stage().key()
                    + "</td><td>" + s.students() + "</td><td class=t>" + s.gaps().entrySet().stream()
                    .map(g -> g.getKey() + " " + number(g.getValue(), 2)).collect(Collectors.joining("; ")) + "</td></tr>");
        }
        out.write("</table>");
    }

    private static String verdict(CountyAssessment county) {
        return switch (county.verdict()) {
            case MET -> "<span class=pass>达到 met</span>";
            case NOT_MET -> "<span class=fail>未达到 not met</span>";
            case INCOMPLETE -> "待补充 incomplete";
        };
    }

    /** e.g. "2990121001 青岭小学 music_rooms 1 (≥ 2)". */
    private static String shortfall(Shortfall f) {
        return f.schoolCode() + " " + f.schoolName() + " " + f.measure() + " "
                + (f.value() == null ? "—" : f.value().toPlainString()) + " (" + (f.atMost() ? "≤ " : "≥ ")
                + f.required().toPlainString() + ")";
    }

    private static String pass(Boolean pass) {
        return pass == null ? "—" : pass ? "<span class=pass>✓</span>" : "<span class=fail>✗</span>";
    }

    private static String number(Double value, int decimals) {
        return value == null ? "" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    // a control character has no place in a page and makes XHTML (the PDF's source) unreadable
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
