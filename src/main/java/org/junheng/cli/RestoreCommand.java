package org.junheng.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Puts a backup written by {@code junheng backup} in place of the embedded database's content. A
 * database that holds data is replaced only when the operator says so ({@code --replace}).
 */
@Command(name = "restore", description = {"用 junheng backup 写出的备份恢复内置数据库；数据库已有数据时须加 --replace 才会替换。",
        "Restores the embedded database from a file written by junheng backup; a database that holds data is "
                + "replaced only with --replace."})
class RestoreCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    JunhengCommand junheng;

    @Parameters(index = "0", paramLabel = "BACKUP", description = "the file junheng backup wrote")
    Path backup;

    @Parameters(index = "1..*", paramLabel = "--property=value", arity = "0..*",
            description = {"Spring 配置项，例如 --junheng.data-dir=DIR", "configuration properties, e.g. --junheng.data-dir=DIR"})
    List<String> properties = new ArrayList<>();

    @Option(names = "--replace", description = "replace a database that already holds data")
    boolean replace;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Database.checkProperties(spec.commandLine(), properties);
        if (!Files.isRegularFile(backup)) {
            err.println(backup + ": 文件不存在 / no such file");
            return JunhengCommand.BAD_INPUT;
        }
        try (ConfigurableApplicationContext context = Database.open(junheng, properties)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            if (!EmbeddedBackups.isEmbedded(jdbc)) {
                err.println(EmbeddedBackups.NOT_EMBEDDED);
                return JunhengCommand.BAD_INPUT;
            }
            if (EmbeddedBackups.holdsData(jdbc) && !replace) {
                err.println("数据库中已有数据；确认要用备份替换时加 --replace / the database holds data: add --replace to "
                        + "replace it with the backup");
                return JunhengCommand.BAD_INPUT;
            }
            EmbeddedBackups.restore(jdbc, backup.toAbsolutePath());
            spec.commandLine().getOut().println(backup + ": 已恢复 / restored");
            return 0;
        } catch (RuntimeException e) {
            return EmbeddedBackups.refusedWhenInUse(e, err);
        }
    }
}
