package org.junheng.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.junheng.importing.ImportError;
import org.junheng.importing.ImportReport;

/** Prints a rejected file's errors one per line, as {@code file:row:column (cell): reason}, like a compiler. */
final class ImportErrorLines {

    private ImportErrorLines() {
    }

    static void print(PrintWriter err, Path file, ImportReport report) {
        for (ImportError e : report.errors()) {
            err.println(file + describe(e));
        }
        int unlisted = report.errorCount() - report.errors().size();
        if (unlisted > 0) {
            err.printf("… %d more errors / 另有 %d 处错误未列出%n", unlisted, unlisted);
        }
    }

    private static String describe(ImportError e) {
        StringBuilder where = new StringBuilder();
        if (e.row() > 0) {
            where.append(':').append(e.row());
        }
        if (e.column() != null || e.header() != null) {
            where.append(':').append(e.header() != null ? e.header() : e.column());
        }
        if (e.cell() != null) {
            where.append(" (").append(e.cell()).append(')');
        }
        return where.append(": ").append(e.message()).toString();
    }
}
