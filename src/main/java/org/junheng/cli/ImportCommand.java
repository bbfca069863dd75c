package org.junheng.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.junheng.importing.ImportReport;
import org.junheng.importing.ImportType;
import org.junheng.importing.ImportScope;
import org.junheng.importing.ImportSource;
import org.junheng.importing.Importer;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "import", description = {"把模板文件导入所配置的数据库（全部成功或全部不导入）。",
        "Imports a template file into the configured database: all rows or none."})
class ImportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    JunhengCommand junheng;

    @Option(names = "--type", required = true, description = "regions | school-stats | teachers")
    String type;

    @Option(names = "--input", required = true, description = "CSV (UTF-8) or XLSX file")
    Path input;

    @Option(names = "--lang", defaultValue = "zh", description = "language of messages: zh | en (default ${DEFAULT-VALUE})")
    String lang;

    @Option(names = "--server", description = {"通过正在运行的服务器导入（例如 http://localhost:8080），令牌取自环境变量 JUNHENG_TOKEN 或 --token-file",
            "import through a running server's API (e.g. http://localhost:8080) with the personal API token in "
                    + "JUNHENG_TOKEN or --token-file; needed while the server holds the embedded database"})
    URI server;

    @Option(names = "--token-file", description = "a file holding the personal API token (POST /api/v1/tokens)")
    Path tokenFile;

    @CommandLine.Mixin
    DatabaseProperties properties;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ImportType importType = ImportType.fromKey(type).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "unknown --type '" + type + "'; use one of: "
                + Arrays.stream(ImportType.values()).map(ImportType::key).collect(Collectors.joining(", "))));
        if (!Files.isRegularFile(input)) {
            err.println(input + ": 文件不存在 / no such file");
            return JunhengCommand.BAD_INPUT;
        }
        Database.checkProperties(spec.commandLine(), properties.values);
        Locale locale = lang.startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        if (server != null) {
            return throughServer(importType, locale, out, err);
        }
        try (ConfigurableApplicationContext context = Database.open(junheng, properties.values)) {
            ConsoleProgress progress = new ConsoleProgress(err, "rows 行", 0);
            long start = System.nanoTime();
            ImportReport report = context.getBean(Importer.class).importFile(importType, ImportSource.of(input),
                    input.getFileName().toString(), locale, progress::update, ImportScope.EVERYTHING);
            long afterCommit = (System.nanoTime() - start) / 1_000_000 - report.millis();
            progress.finish();
            if (!report.stored()) {
                ImportErrorLines.print(err, input, report);
                err.printf("%d errors; nothing was stored / 共 %d 处错误，未导入任何数据%n", report.errorCount(),
                        report.errorCount());
                return JunhengCommand.BAD_INPUT;
            }
            int status = stored(importType, report, out);
            if (importType.isAssessed()) {
                // here the re-assessment runs after the commit on this thread (on a server, off it)
                out.printf("counties re-assessed in %d ms / 随后重新评估用时 %d 毫秒%n", afterCommit, afterCommit);
            }
            return status;
        } catch (RuntimeException e) {
            if (Database.isLocked(e)) {
                err.println("数据库正被运行中的服务器使用：请用 --server 通过服务器导入 / the database is in use by a running "
                        + "server: import through it with --server http://HOST:PORT and a personal API token");
                return JunhengCommand.BAD_INPUT;
            }
            throw e;
        }
    }

    private Integer throughServer(ImportType importType, Locale locale, PrintWriter out, PrintWriter err) throws Exception {
        String token = tokenFile != null ? Files.readString(tokenFile).strip() : System.getenv("JUNHENG_TOKEN");
        if (token == null || token.isBlank()) {
            err.println("--server 需要个人 API 令牌（JUNHENG_TOKEN 或 --token-file）/ --server needs a personal API token "
                    + "(JUNHENG_TOKEN or --token-file)");
            return JunhengCommand.BAD_INPUT;
        }
        err.println("uploading 上传中: " + input.getFileName() + " → " + server);
        ServerImport.Outcome outcome = ServerImport.send(server, token, importType, input, locale);
        if (outcome.report() == null) {
            err.println(outcome.failure());
            return JunhengCommand.BAD_INPUT;
        }
        ImportReport report = outcome.report();
        if (!report.stored()) {
            ImportErrorLines.print(err, input, report);
            err.printf("%d errors; nothing was stored / 共 %d 处错误，未导入任何数据%n", report.errorCount(), report.errorCount());
            return JunhengCommand.BAD_INPUT;
        }
        return stored(importType, report, out);
    }

    private static int stored(ImportType importType, ImportReport report, PrintWriter out) {
        out.printf("%s: %d rows stored in %d ms / 已导入 %d 行%n", importType.key(), report.rowsStored(), report.millis(),
                report.rowsStored());
        return 0;
    }
}
