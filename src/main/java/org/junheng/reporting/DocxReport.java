package org.junheng.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A report as a Word document (DOCX) a bureau can edit: real headings (Heading 1/2, so Word's
 * navigation pane and table of contents see them), a table-of-contents field Word fills when the
 * file is opened, tables with a header row, charts as pictures. Chinese text is set in 宋体 and
 * headings in 黑体, the fonts of Chinese official documents; the fonts themselves stay on the
 * reader's machine (Word and WPS have them).
 */
public final class DocxReport {

    private static final String BODY_FONT = "宋体";
    private static final String HEADING_FONT = "黑体";
    private static final String LATIN_FONT = "Times New Roman";

    private DocxReport() {
    }

    public static void write(ReportDocument report, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            styles(doc);
            doc.getProperties().getCoreProperties().setTitle(report.title());
            doc.getProperties().getCoreProperties().setCreator("Junheng 均衡");
            cover(doc, report.cover());
            for (ReportDocument.Block block : report.blocks()) {
                if (block instanceof ReportDocument.Heading h) {
                    heading(doc, h);
                } else if (block instanceof ReportDocument.Paragraph p) {
                    paragraph(doc, p.text());
                } else if (block instanceof ReportDocument.Table t) {
                    table(doc, t);
                } else if (block instanceof ReportDocument.Figure f) {
                    figure(doc, f);
                } else if (block instanceof ReportDocument.Contents c) {
                    contents(doc, c);
                } else {
                    doc.createParagraph().setPageBreak(true);
                }
            }
            doc.enforceUpdateFields();
            doc.write(out);
        }
    }

    private static void styles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        for (int level = 1; level <= 2; level++) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId("Heading" + level);
            style.addNewName().setVal("heading " + level);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewBasedOn().setVal("Normal");
            style.addNewQFormat();
            CTPPrGeneral ppr = style.addNewPPr();
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            ppr.addNewSpacing().setBefore(BigInteger.valueOf(level == 1 ? 360 : 240));
            CTRPr rpr = style.addNewRPr();
            CTFonts fonts = rpr.addNewRFonts();
            fonts.setEastAsia(HEADING_FONT);
            fonts.setAscii(LATIN_FONT);
            fonts.setHAnsi(LATIN_FONT);
            rpr.addNewSz().setVal(BigInteger.valueOf(level == 1 ? 32 : 28));
            rpr.addNewB();
            styles.addStyle(new XWPFStyle(style, styles));
        }
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, int points, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontFamily(LATIN_FONT);
        run.setFontFamily(BODY_FONT, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(points);
        run.setBold(bold);
        return run;
    }

    private static void cover(XWPFDocument doc, List<String> lines) {
        for (int i = 0; i < 6; i++) {
            doc.createParagraph();
        }
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            p.setSpacingAfter(i == 0 ? 1200 : 240);
            XWPFRun r = run(p, lines.get(i), i == 0 ? 22 : 15, i == 0);
            if (i == 0) {
                r.setFontFamily(HEADING_FONT, XWPFRun.FontCharRange.eastAsia);
            }
        }
        doc.createParagraph().setPageBreak(true);
    }

    private static void heading(XWPFDocument doc, ReportDocument.Heading heading) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Heading" + heading.level());
        XWPFRun r = p.createRun();
        r.setText(heading.text());
    }

    private static void paragraph(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setFirstLineIndent(480);
        p.setSpacingAfter(120);
        run(p, text, 12, false);
    }

    private static void contents(XWPFDocument doc, ReportDocument.Contents contents) {
        XWPFParagraph title = doc.createParagraph();
        title.setAlignment(ParagraphAlignment.CENTER);
        run(title, contents.title(), 16, true).setFontFamily(HEADING_FONT, XWPFRun.FontCharRange.eastAsia);
        XWPFParagraph field = doc.createParagraph();
        field.getCTP().addNewFldSimple().setInstr("TOC \\o \"1-2\" \\h \\z \\u");
        doc.createParagraph().setPageBreak(true);
    }

    private static void table(XWPFDocument doc, ReportDocument.Table table) {
        if (table.caption() != null) {
            XWPFParagraph caption = doc.createParagraph();
            caption.setAlignment(ParagraphAlignment.CENTER);
            run(caption, table.caption(), 11, true);
        }
        XWPFTable t = doc.createTable(table.rows().size() + 1, table.headers().size());
        t.setWidth("100%");
        for (XWPFTable.XWPFBorderType border : new XWPFTable.XWPFBorderType[] {XWPFTable.XWPFBorderType.SINGLE}) {
            t.setTopBorder(border, 4, 0, "808080");
            t.setBottomBorder(border, 4, 0, "808080");
            t.setLeftBorder(border, 4, 0, "808080");
            t.setRightBorder(border, 4, 0, "808080");
            t.setInsideHBorder(border, 4, 0, "808080");
            t.setInsideVBorder(border, 4, 0, "808080");
        }
        int[] widths = Columns.widths(table);
        for (XWPFTableRow row : t.getRows()) {
            for (int c = 0; c < widths.length; c++) {
                row.getCell(c).setWidth(widths[c] + "%");
            }
        }
        XWPFTableRow header = t.getRow(0);
        header.setRepeatHeader(true);
        for (int c = 0; c < table.headers().size(); c++) {
            cell(header.getCell(c), table.headers().get(c), true, false, ParagraphAlignment.CENTER).setColor("DDEBF7");
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            boolean marked = table.marked().contains(r);
            for (int c = 0; c < table.headers().size(); c++) {
                String text = c < row.size() && row.get(c) != null ? row.get(c) : "";
                cell(t.getRow(r + 1).getCell(c), text, false, marked,
                        table.numeric().contains(c) ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
            }
        }
        doc.createParagraph();
    }

    private static XWPFTableCell cell(XWPFTableCell cell, String text, boolean bold, boolean marked,
                                      ParagraphAlignment alignment) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(alignment);
        XWPFRun r = run(p, text, 10, bold);
        if (marked) {
            r.setColor("B00020");
        }
        return cell;
    }

    private static void figure(XWPFDocument doc, ReportDocument.Figure figure) throws IOException {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        try {
            p.createRun().addPicture(new ByteArrayInputStream(figure.png()), XWPFDocument.PICTURE_TYPE_PNG, "chart.png",
                    Units.toEMU(figure.widthPt()), Units.toEMU(figure.heightPt()));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        if (figure.caption() != null) {
            XWPFParagraph caption = doc.createParagraph();
            caption.setAlignment(ParagraphAlignment.CENTER);
            run(caption, figure.caption(), 10, false);
        }
    }
}
