package org.junheng.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code junheng} command line. Exit codes: 0 success, 2 bad input, 1 internal error. */
@Command(name = "junheng", mixinStandardHelpOptions = true, version = "junheng 0.1.0",
        description = {"均衡 Junheng: 义务教育优质均衡评估与强弱校帮扶平台",
                "Quality-balance assessment and strong-weak school assistance for education bureaus.", "",
                "Without a command, or with 'serve', Junheng starts the server (http://localhost:8080)."},
        subcommands = {AssessCommand.class, BackupCommand.class, GenerateCommand.class, ImportCommand.class,
                PasswordCommand.class, ProfileCommand.class, RestoreCommand.class, RotateCommand.class, TemplateCommand.class,
                CommandLine.HelpCommand.class})
public class JunhengCommand implements Runnable {

    static final int BAD_INPUT = 2;
    static final int INTERNAL_ERROR = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The Spring Boot application that commands needing the database start (without its web server). */
    private final Class<?> application;

    private JunhengCommand(Class<?> application) {
        this.application = application;
    }

    Class<?> application() {
        return application;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static int execute(Class<?> application, String... args) {
        return execute(application, new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    static int execute(Class<?> application, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new JunhengCommand(application));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setUnmatchedOptionsArePositionalParams(true);
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
            cl.getErr().println("内部错误 internal error: " + e);
            return INTERNAL_ERROR;
        });
        return commandLine.execute(args);
    }
}
