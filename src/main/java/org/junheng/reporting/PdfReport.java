package org.junheng.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Base64;
import java.util.List;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * A report as PDF for printing: the same blocks laid out as XHTML and drawn by openhtmltopdf
 * (PDFBox), A4 with page numbers, the table of contents as links. Every glyph comes from the two
 * fonts shipped inside Junheng — DejaVu Sans for Latin letters, digits and signs, Droid Sans
 * Fallback for Chinese — embedded as subsets: the text is selectable and prints the same on a
 * machine without any Chinese font.
 */
public final class PdfReport {

    static final String FONT = "/org/junheng/reporting/fonts/DroidSansFallbackFull.ttf";
    static final String LATIN_FONT = "/org/junheng/reporting/fonts/DejaVuSans.ttf";
    private static final String FAMILY = "Junheng Sans";
    private static final String LATIN_FAMILY = "Junheng Latin";
    private static final String STYLE = """
            @page { size: A4; margin: 22mm 18mm 20mm 18mm;
              @bottom-center { content: counter(page); font-family: 'Junheng Latin'; font-size: 9pt; color: #555; } }
            @page :first { @bottom-center { content: none; } }
            body { font-family: 'Junheng Latin', 'Junheng Sans'; font-size: 11pt; line-height: 1.55; color: #222; }
            .cover { text-align: center; padding-top: 60mm; page-break-after: always; }
            .cover p { font-size: 15pt; margin: 6mm 0; }
            .cover p.title { font-size: 24pt; margin-bottom: 40mm; }
            h1 { font-size: 16pt; color: #1f3864; border-bottom: 1.5pt solid #1f3864; padding-bottom: 2pt; margin-top: 14pt; }
            h2 { font-size: 13pt; color: #1f3864; margin-top: 10pt; }
            p { text-indent: 2em; margin: 3pt 0; }
            p.caption { text-indent: 0; text-align: center; font-size: 9.5pt; color: #444; }
            table { border-collapse: collapse; width: 100%; margin: 4pt 0 10pt; font-size: 9pt; -fs-table-paginate: paginate;
              table-layout: fixed; }
            th { background: #ddebf7; border: 0.5pt solid #888; padding: 2pt 4pt; }
            td { border: 0.5pt solid #888; padding: 2pt 4pt; }
            td.n { text-align: right; }
            table.wide { font-size: 7.5pt; }
            table.wide td, table.wide th { padding: 1pt 2pt; }
            tr.marked td { color: #b00020; }
            div.figure { text-align: center; margin: 6pt 0; }
            ul.contents { list-style: none; padding-left: 0; }
            ul.contents li.l2 { padding-left: 2em; }
            ul.contents a { color: #222; text-decoration: none; }
            .break { page-break-after: always; }
            """;

    static {
        // openhtmltopdf's own log narrates every stage of a render at INFO; a report needs none of it
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    private PdfReport() {
    }

    public static void write(ReportDocument report, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> font(FONT), FAMILY);
        builder.useFont(() -> font(LATIN_FONT), LATIN_FAMILY);
        builder.withHtmlContent(xhtml(report), null);
        builder.toStream(out);
        builder.run();
    }

    static InputStream font(String resource) {
        InputStream in = PdfReport.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("the report font " + resource + " is missing from the build");
        }
        return in;
    }

    static String xhtml(ReportDocument report) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"/><title>")
                .append(escape(report.title())).append("</title><style>").append(STYLE).append("</style></head><body>");
        html.append("<div class=\"cover\">");
        for (int i = 0; i < report.cover().size(); i++) {
            html.append(i == 0 ? "<p class=\"title\">" : "<p>").append(escape(report.cover().get(i))).append("</p>");
        }
        html.append("</div>");
        List<ReportDocument.Block> blocks = report.blocks();
        int heading = 0;
        for (ReportDocument.Block block : blocks) {
            if (block instanceof ReportDocument.Heading h) {
                heading++;
                html.append("<h").append(h.level()).append(" id=\"h").append(heading).append("\">").append(escape(h.text()))
                        .append("</h").append(h.level()).append('>');
            } else if (block instanceof ReportDocument.Paragraph p) {
                html.append("<p>").append(escape(p.text())).append("</p>");
            } else if (block instanceof ReportDocument.Table t) {
                table(html, t);
            } else if (block instanceof ReportDocument.Figure f) {
                html.append("<div class=\"figure\"><img src=\"data:image/png;base64,")
                        .append(Base64.getEncoder().encodeToString(f.png())).append("\" style=\"width:").append(f.widthPt())
                        .append("pt;height:").append(f.heightPt()).append("pt\"/>");
                if (f.caption() != null) {
                    html.append("<p class=\"caption\">").append(escape(f.caption())).append("</p>");
                }
                html.append("</div>");
            } else if (block instanceof ReportDocument.Contents c) {
                contents(html, c, blocks);
            } else {
                html.append("<div class=\"break\"></div>");
            }
        }
        return html.append("</body></html>").toString();
    }

    private static void contents(StringBuilder html, ReportDocument.Contents contents, List<ReportDocument.Block> blocks) {
        html.append("<h1 style=\"border:none;text-align:center\">").append(escape(contents.title()))
                .append("</h1><ul class=\"contents\">");
        int heading = 0;
        for (ReportDocument.Block block : blocks) {
            if (block instanceof ReportDocument.Heading h) {
                heading++;
                html.append("<li class=\"l").append(h.level()).append("\"><a href=\"#h").append(heading).append("\">")
                        .append(escape(h.text())).append("</a></li>");
            }
        }
        html.append("</ul><div class=\"break\"></div>");
    }

    private static void table(StringBuilder html, ReportDocument.Table table) {
        if (table.caption() != null) {
            html.append("<p class=\"caption\">").append(escape(table.caption())).append("</p>");
        }
        html.append(table.headers().size() > 7 ? "<table class=\"wide\"><colgroup>" : "<table><colgroup>");
        for (int width : Columns.widths(table)) {
            html.append("<col style=\"width:").append(width).append("%\"/>");
        }
        html.append("</colgroup><thead><tr>");
        table.headers().forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (int r = 0; r < table.rows().size(); r++) {
            html.append(table.marked().contains(r) ? "<tr class=\"marked\">" : "<tr>");
            List<String> row = table.rows().get(r);
            for (int c = 0; c < table.headers().size(); c++) {
                String text = c < row.size() && row.get(c) != null ? row.get(c) : "";
                html.append(table.numeric().contains(c) ? "<td class=\"n\">" : "<td>").append(escape(text)).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    private static String escape(String text) {
        return AssessmentHtml.escape(text);
    }
}
