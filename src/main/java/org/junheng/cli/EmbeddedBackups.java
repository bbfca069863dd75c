package org.junheng.cli;

import java.nio.file.Path;

import org.springframework.jdbc.core.JdbcTemplate;

/** The embedded (H2) database written to a file of SQL and read back, with H2's own SCRIPT and RUNSCRIPT. */
final class EmbeddedBackups {

    static final String NOT_EMBEDDED = "这不是内置数据库：PostgreSQL 请用 pg_dump / pg_restore 备份和恢复（见 docs/operations.md）"
            + " / not the embedded database: back PostgreSQL up with pg_dump and pg_restore (docs/operations.md)";
    static final String IN_USE = "数据库正被运行中的服务器使用：请先停止服务器 / the database is in use by a running server: "
            + "stop it first";

    private EmbeddedBackups() {
    }

    /** A failure to open the database: said in one line when the server holds it, else thrown on. */
    static int refusedWhenInUse(RuntimeException e, java.io.PrintWriter err) {
        if (!Database.isLocked(e)) {
            throw e;
        }
        err.println(IN_USE);
        return JunhengCommand.BAD_INPUT;
    }

    static boolean isEmbedded(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) -> c.getMetaData().getURL().startsWith("jdbc:h2:")));
    }

    /** Whether the database holds anything a restore would lose: regions, or records beyond the first administrator. */
    static boolean holdsData(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM region", Long.class) > 0
                || jdbc.queryForObject("SELECT COUNT(*) FROM programme", Long.class) > 0
                || jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Long.class) > 1;
    }

    /** Without the database user's password: a restore keeps the password of the database it restores into. */
    static void write(JdbcTemplate jdbc, Path file) {
        jdbc.execute("SCRIPT NOPASSWORDS TO '" + literal(file) + "'" + compression(file));
    }

    /** Drops everything and runs the backup's SQL: the database is then as it was when backed up. */
    static void restore(JdbcTemplate jdbc, Path file) {
        jdbc.execute("DROP ALL OBJECTS");
        jdbc.execute("RUNSCRIPT FROM '" + literal(file) + "'" + compression(file));
    }

    private static String compression(Path file) {
        return file.getFileName().toString().endsWith(".gz") ? " COMPRESSION GZIP" : "";
    }

    private static String literal(Path file) {
        return file.toString().replace("'", "''");
    }
}
