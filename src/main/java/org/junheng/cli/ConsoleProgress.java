package org.junheng.cli;

import java.io.PrintWriter;

/**
 * Progress on stderr: a bar redrawn in place on a terminal, a line per tenth of the work otherwise
 * (so that logs of scripted runs stay short).
 */
final class ConsoleProgress {

    private final PrintWriter err;
    private final String label;
    private final long total;
    private final boolean terminal;
    private long lastTenth = -1;

    ConsoleProgress(PrintWriter err, String label, long total) {
        this.err = err;
        this.label = label;
        this.total = total;
        this.terminal = System.console() != null;
    }

    void update(long done) {
        if (total <= 0) {
            if (terminal) {
                err.print("\r" + label + " " + done);
                err.flush();
            }
            return;
        }
        int percent = (int) Math.min(100, done * 100 / total);
        if (terminal) {
            int filled = percent / 4;
            err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(25 - filled) + "] " + percent + "% (" + done + "/" + total + ")");
            err.flush();
        } else if (percent / 10 > lastTenth) {
            lastTenth = percent / 10;
            err.println(label + " " + percent + "% (" + done + "/" + total + ")");
        }
    }

    void finish() {
        if (terminal) {
            err.println();
        }
    }
}
