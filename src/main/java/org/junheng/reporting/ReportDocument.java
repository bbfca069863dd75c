package org.junheng.reporting;

import java.util.List;
import java.util.Set;

/**
 * A report as a sequence of blocks — headings, paragraphs, tables, figures — written once and drawn
 * by both the Word and the PDF writer, so the two say the same.
 *
 * @param title the document's title (its metadata and the running header)
 * @param cover the lines of the cover page, the first the largest
 */
public record ReportDocument(String title, List<String> cover, List<Block> blocks) {

    /** One element of the report body. */
    public sealed interface Block permits Heading, Paragraph, Table, Figure, Contents, PageBreak {
    }

    /** A heading of level 1 (section) or 2 (subsection). */
    public record Heading(int level, String text) implements Block {
    }

    public record Paragraph(String text) implements Block {
    }

    /**
     * A table with a header row; {@code numeric} holds the columns aligned right; {@code marked} the
     * rows to highlight (e.g. what fails).
     */
    public record Table(String caption, List<String> headers, List<List<String>> rows, Set<Integer> numeric,
                        Set<Integer> marked) implements Block {
    }

    /** A chart or picture as PNG, with its size in points and a caption. */
    public record Figure(byte[] png, int widthPt, int heightPt, String caption) implements Block {
    }

    /** The table of contents (the level-1 and level-2 headings). */
    public record Contents(String title) implements Block {
    }

    public record PageBreak() implements Block {
    }
}
