package org.junheng.cli;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/**
 * The configured database, for the commands that work on it (import, password): the application
 * without its web server, the operator's Spring properties, never demo data, and the event listeners
 * on the command's own thread so that their work is done before the database closes.
 */
final class Database {

    private Database() {
    }

    /** Refuses what is not a Spring property ({@code --name=value}). */
    static void checkProperties(CommandLine commandLine, List<String> properties) {
        for (String property : properties) {
            if (!property.startsWith("--") || !property.contains("=")) {
                throw new CommandLine.ParameterException(commandLine,
                        "unexpected argument '" + property + "'; configuration properties look like --name=value");
            }
        }
    }

    static ConfigurableApplicationContext open(JunhengCommand junheng, List<String> properties) {
        List<String> arguments = new ArrayList<>(properties);
        arguments.add("--junheng.demo.load-on-first-start=false");
        return new SpringApplicationBuilder(junheng.application())
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                // a database that cannot be opened is reported by the command in one line, not as a start-up trace
                .properties("junheng.events.async=false", "logging.level.root=WARN",
                        "logging.level.org.junheng=WARN", "logging.level.org.flywaydb=ERROR",
                        "logging.level.org.springframework.boot.SpringApplication=OFF",
                        "logging.level.org.springframework.context.annotation=ERROR")
                .run(arguments.toArray(String[]::new));
    }

    /** Whether the embedded database could not be opened because another process (the server) holds it. */
    static boolean isLocked(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("Database may be already in use")) {
                return true;
            }
        }
        return false;
    }
}
