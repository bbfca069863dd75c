package org.junheng;

import java.util.Arrays;

import org.junheng.cli.JunhengCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Junheng's one entry point: with no command (or {@code serve}) it starts the server; any other
 * command runs on the command line and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class Junheng {

    public static void main(String[] args) {
        if (args.length == 0 || args[0].startsWith("-") && !isHelp(args[0])) {
            SpringApplication.run(Junheng.class, args);
        } else if (args[0].equals("serve")) {
            SpringApplication.run(Junheng.class, Arrays.copyOfRange(args, 1, args.length));
        } else {
            System.exit(JunhengCommand.execute(Junheng.class, args));
        }
    }

    private static boolean isHelp(String arg) {
        return arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version");
    }
}
