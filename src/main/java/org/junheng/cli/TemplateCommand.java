package org.junheng.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.junheng.importing.ImportType;
import org.junheng.importing.TemplateWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "template", description = {"写出空白导入模板（XLSX 或 CSV，按扩展名）。",
        "Writes an empty import template (XLSX or CSV, by the file's extension)."})
class TemplateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TYPE", description = "regions | school-stats | teachers")
    String type;

    @Option(names = "--out", required = true, description = "file to write: .xlsx or .csv")
    Path out;

    @Override
    public Integer call() throws Exception {
        ImportType importType = ImportType.fromKey(type).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "unknown template '" + type + "'; use one of: "
                + Arrays.stream(ImportType.values()).map(ImportType::key).collect(Collectors.joining(", "))));
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".xlsx") && !name.endsWith(".csv")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out must end in .xlsx or .csv");
        }
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        try (OutputStream stream = Files.newOutputStream(out)) {
            if (name.endsWith(".xlsx")) {
                TemplateWriter.writeXlsx(importType, stream);
            } else {
                TemplateWriter.writeCsv(importType, stream);
            }
        }
        spec.commandLine().getOut().println(importType.key() + " template -> " + out);
        return 0;
    }
}
