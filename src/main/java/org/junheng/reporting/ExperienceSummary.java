package org.junheng.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junheng.assistance.ActivityKind;
import org.junheng.assistance.ProgrammeSummary;

/**
 * The "experience summary" 经验总结 a bureau writes about a programme or a region for a period: the
 * usual skeleton of such reports (overview, what was done under the "three precisions", outcomes)
 * with every figure filled in from the records instead of "**". HTML or XLSX, Chinese or English.
 */
public final class ExperienceSummary {

    private static final String STYLE = """
            body{font-family:"Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;margin:2em auto;max-width:48em;color:#222;
            line-height:1.8}h1{text-align:center;font-size:1.5em}h2{font-size:1.15em;margin-top:1.5em}
            p{text-indent:2em;margin:.3em 0}table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:2px 10px}
            td.n{text-align:right}.meta{color:#666;text-align:center;text-indent:0}""";

    private final ResourceBundle text;
    private final Locale locale;
    private final String subject;
    private final ProgrammeSummary figures;
    private final LocalDate from;
    private final LocalDate to;

    /**
     * @param subject what the summary is of: a programme's or a region's name
     * @param from    start of the period, or null for "since the start"
     * @param to      end of the period, or null for "until today"
     */
    public ExperienceSummary(String subject, ProgrammeSummary figures, LocalDate from, LocalDate to, Locale locale) {
        this.locale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        this.text = ResourceBundle.getBundle("org.junheng.reporting.experience",
                this.locale.equals(Locale.ENGLISH) ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.subject = subject;
        this.figures = figures;
        this.from = from;
        this.to = to;
    }

    private String say(String key, Object... args) {
        return new MessageFormat(text.getString(key), locale).format(args);
    }

    /** The title, then each section's heading followed by its paragraphs. */
    List<List<String>> sections() {
        Map<String, Long> times = figures.placementPersonTimes();
        Map<String, Long> batches = figures.placementBatches();
        Map<String, Long> outcomes = figures.outcomesByKind();
        List<List<String>> sections = new ArrayList<>();
        sections.add(List.of(say("title", subject), from == null && to == null ? say("period.all")
                : say("period", from == null ? "—" : from.toString(), to == null ? LocalDate.now().toString() : to.toString())));
        sections.add(List.of(say("section.basics"), say("basics", figures.helperSchools(), figures.helpedSchools(),
                figures.pairs())));
        sections.add(List.of(say("section.practice"),
                say("practice.people", times.get("support_teaching"), batches.get("support_teaching"), times.get("shadowing"),
                        batches.get("shadowing"), times.get("secondment"), batches.get("secondment"), times.get("rotation"),
                        batches.get("rotation")),
                say("practice.measures", figures.visits(), figures.expertPersonTimes(), figures.teachersReached(),
                        figures.studentsReached()),
                say("practice.needs", figures.needsRaised(), figures.needsAddressed(), figures.needsConfirmed()),
                say("practice.resources", figures.remoteClassrooms(), figures.donations(), figures.donationValue(),
                        figures.studentPairs())));
        sections.add(List.of(say("section.outcomes"), say("outcomes", outcomes.get("honour"), outcomes.get("contest_award"),
                outcomes.get("research_approved"), outcomes.get("research_completed"), outcomes.get("studio"))));
        return sections;
    }

    private String kindName(ActivityKind kind) {
        return kind.nameIn(locale);
    }

    /** The summary as a document for Word and PDF: the title and period on the cover, each section with its paragraphs. */
    public ReportDocument document() {
        List<List<String>> sections = sections();
        List<ReportDocument.Block> blocks = new ArrayList<>();
        for (List<String> section : sections.subList(1, sections.size())) {
            blocks.add(new ReportDocument.Heading(1, section.get(0)));
            section.subList(1, section.size()).forEach(p -> blocks.add(new ReportDocument.Paragraph(p)));
        }
        return new ReportDocument(sections.get(0).get(0), sections.get(0), blocks);
    }

    public void writeHtml(Writer out) throws IOException {
        List<List<String>> sections = sections();
        out.write("<!DOCTYPE html><html lang=\"" + (locale.equals(Locale.ENGLISH) ? "en" : "zh-CN")
                + "\"><head><meta charset=\"utf-8\"><title>" + escape(sections.get(0).get(0)) + "</title><style>" + STYLE
                + "</style></head><body>");
        out.write("<h1>" + escape(sections.get(0).get(0)) + "</h1><p class=meta>" + escape(sections.get(0).get(1)) + "</p>");
        for (List<String> section : sections.subList(1, sections.size())) {
            out.write("<h2>" + escape(section.get(0)) + "</h2>");
            for (String paragraph : section.subList(1, section.size())) {
                out.write("<p>" + escape(paragraph) + "</p>");
            }
        }
        out.write("<h2>" + escape(say("section.visits")) + "</h2><table><tr><th>" + escape(say("column.item")) + "</th><th>"
                + escape(say("column.value")) + "</th></tr>");
        for (ActivityKind kind : ActivityKind.values()) {
            long count = figures.visitsByKind().getOrDefault(kind.key(), 0L);
            if (count > 0) {
                out.write("<tr><td>" + escape(kindName(kind)) + "</td><td class=n>" + count + "</td></tr>");
            }
        }
        out.write("</table><p class=meta>" + escape(say("generated", LocalDate.now().toString())) + "</p></body></html>");
        out.flush();
    }

    /** The skeleton with its figures on one sheet, and every figure by its API key on a second, for further use. */
    public void writeXlsx(OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Junheng", "1.0");
        Worksheet report = workbook.newWorksheet(locale.equals(Locale.ENGLISH) ? "Summary" : "经验总结");
        report.width(0, 120);
        int row = 0;
        for (List<String> section : sections()) {
            report.value(row, 0, SpreadsheetText.safe(section.get(0)));
            report.style(row, 0).bold().set();
            row++;
            for (String paragraph : section.subList(1, section.size())) {
                report.value(row, 0, SpreadsheetText.safe(paragraph));
                report.style(row, 0).wrapText(true).set();
                row++;
            }
        }
        Worksheet data = workbook.newWorksheet(locale.equals(Locale.ENGLISH) ? "Figures" : "数据");
        data.value(0, 0, "key");
        data.value(0, 1, say("column.value"));
        row = 1;
        for (Map.Entry<String, Number> figure : flat().entrySet()) {
            data.value(row, 0, figure.getKey());
            data.value(row, 1, figure.getValue());
            row++;
        }
        workbook.finish();
    }

    /** Every figure under its API key; maps flattened as {@code placementPersonTimes.shadowing}. */
    Map<String, Number> flat() {
        Map<String, Number> flat = new LinkedHashMap<>();
        figures.placementPersonTimes().forEach((k, v) -> flat.put("placementPersonTimes." + k, v));
        figures.placementBatches().forEach((k, v) -> flat.put("placementBatches." + k, v));
        flat.put("visits", figures.visits());
        figures.visitsByKind().forEach((k, v) -> flat.put("visitsByKind." + k, v));
        flat.put("expertPersonTimes", figures.expertPersonTimes());
        flat.put("teachersReached", figures.teachersReached());
        flat.put("studentsReached", figures.studentsReached());
        flat.put("helperSchools", figures.helperSchools());
        flat.put("helpedSchools", figures.helpedSchools());
        flat.put("pairs", figures.pairs());
        flat.put("needsRaised", figures.needsRaised());
        flat.put("needsAddressed", figures.needsAddressed());
        flat.put("needsConfirmed", figures.needsConfirmed());
        flat.put("outcomes", figures.outcomes());
        figures.outcomesByKind().forEach((k, v) -> flat.put("outcomesByKind." + k, v));
        flat.put("remoteClassrooms", figures.remoteClassrooms());
        flat.put("donations", figures.donations());
        flat.put("donationValue", figures.donationValue());
        flat.put("studentPairs", figures.studentPairs());
        return flat;
    }

    private static String escape(String text) {
        return AssessmentHtml.escape(text);
    }
}
