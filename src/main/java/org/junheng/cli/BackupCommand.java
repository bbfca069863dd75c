package org.junheng.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes the embedded database to one file, SQL that {@code junheng restore} reads back: every table,
 * its rows and the schema's version. A PostgreSQL database is backed up with its own tools.
 */
@Command(name = "backup", description = {"把内置数据库备份为一个文件（SQL，.gz 结尾则压缩），可用 junheng restore 恢复；PostgreSQL 请用 pg_dump。",
        "Backs up the embedded database to one file (SQL, compressed when it ends in .gz) that junheng restore reads "
                + "back; back PostgreSQL up with pg_dump."})
class BackupCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    JunhengCommand junheng;

    @Option(names = "--out", required = true, description = "the backup file, e.g. junheng-2026-12-06.sql.gz")
    Path out;

    @CommandLine.Mixin
    DatabaseProperties properties;

    @Override
    public Integer call() throws java.io.IOException {
        PrintWriter err = spec.commandLine().getErr();
        Database.checkProperties(spec.commandLine(), properties.values);
        if (Files.exists(out)) {
            err.println(out + ": 文件已存在，不会覆盖 / the file exists and is not overwritten");
            return JunhengCommand.BAD_INPUT;
        }
        try (ConfigurableApplicationContext context = Database.open(junheng, properties.values)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            if (!EmbeddedBackups.isEmbedded(jdbc)) {
                err.println(EmbeddedBackups.NOT_EMBEDDED);
                return JunhengCommand.BAD_INPUT;
            }
            EmbeddedBackups.write(jdbc, out.toAbsolutePath());
            spec.commandLine().getOut().println(out + ": 已备份 / backed up (" + Files.size(out) + " bytes)");
            return 0;
        } catch (RuntimeException e) {
            return EmbeddedBackups.refusedWhenInUse(e, err);
        }
    }
}
