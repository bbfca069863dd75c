package org.junheng.reporting;

import java.io.IOException;
import java.io.OutputStream;

/** The documents a report is written as. */
public enum ReportFormat {
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("pdf", "application/pdf");

    private final String extension;
    private final String mediaType;

    ReportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public void write(ReportDocument report, OutputStream out) throws IOException {
        if (this == DOCX) {
            DocxReport.write(report, out);
        } else {
            PdfReport.write(report, out);
        }
    }

    /** The whole document in memory: nothing is written anywhere until it is complete. */
    public byte[] render(ReportDocument report) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            write(report, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static java.util.Optional<ReportFormat> fromKey(String key) {
        return java.util.Arrays.stream(values()).filter(f -> f.extension.equalsIgnoreCase(key)).findFirst();
    }
}
