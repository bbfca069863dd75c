package org.junheng.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junheng.Junheng;

/** One run of the {@code junheng} command line: its exit code and what it wrote. */
record CommandRun(int exitCode, String out, String err) {

    static CommandRun junheng(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = JunhengCommand.execute(Junheng.class, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CommandRun(exitCode, out.toString(), err.toString());
    }
}
