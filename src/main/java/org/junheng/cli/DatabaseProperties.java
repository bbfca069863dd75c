package org.junheng.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine;

/** The Spring properties a command that opens the database is given, such as where the database is. */
class DatabaseProperties {

    @CommandLine.Parameters(paramLabel = "--property=value", arity = "0..*",
            description = {"Spring 配置项，例如 --spring.datasource.url=jdbc:postgresql://…",
                    "configuration properties, e.g. --spring.datasource.url=jdbc:postgresql://… or --junheng.data-dir=DIR"})
    List<String> values = new ArrayList<>();
}
