package org.junheng.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junheng.Junheng;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A backup of the embedded database restored into another holds the same rows, table by table. */
class BackupCommandTest {

    private static final List<String> TABLES = List.of("region", "school", "school_statistics", "app_user",
            "audit_event", "flyway_schema_history");

    record Run(int exitCode, String out, String err) {
    }

    private static Run junheng(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = JunhengCommand.execute(Junheng.class, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    private static String url(Path dir, String name) {
        return "jdbc:h2:file:" + dir.resolve(name) + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    private static String[] database(Path dir, String name) {
        return new String[] {"--spring.datasource.url=" + url(dir, name), "--spring.datasource.username=sa",
                "--spring.datasource.password=", "--junheng.data-dir=" + dir.resolve(name + "-data")};
    }

    private static String[] with(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    @Test
    void aBackupRestoredIntoAnotherDatabaseHoldsTheSameRowsAndANonEmptyOneIsReplacedOnlyWhenAsked(@TempDir Path dir)
            throws Exception {
        assertThat(junheng("generate", "--kind", "demo", "--counties", "1", "--out", dir.toString()).exitCode()).isZero();
        for (String type : List.of("regions", "school-stats")) {
            Run imported = junheng(with(new String[] {"import", "--type", type, "--input",
                    dir.resolve(type + ".csv").toString()}, database(dir, "original")));
            assertThat(imported.exitCode()).as(imported.err()).isZero();
        }
        Path backup = dir.resolve("junheng.sql.gz");

        Run backedUp = junheng(with(new String[] {"backup", "--out", backup.toString()}, database(dir, "original")));
        Run restored = junheng(with(new String[] {"restore", backup.toString()}, database(dir, "copy")));

        assertThat(backedUp.exitCode()).as(backedUp.err()).isZero();
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        Map<String, Long> original = counts(dir, "original");
        assertThat(original.get("school")).isPositive();
        assertThat(counts(dir, "copy")).isEqualTo(original);

        Run again = junheng(with(new String[] {"restore", backup.toString()}, database(dir, "copy")));
        assertThat(again.exitCode()).isEqualTo(JunhengCommand.BAD_INPUT);
        assertThat(again.err()).contains("--replace");
        Run replaced = junheng(with(new String[] {"restore", backup.toString(), "--replace"}, database(dir, "copy")));
        assertThat(replaced.exitCode()).as(replaced.err()).isZero();
        assertThat(counts(dir, "copy")).isEqualTo(original);
    }

    /** The rows of each table, read with the password the embedded database was sealed with. */
    private static Map<String, Long> counts(Path dir, String name) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        String password = java.nio.file.Files.readString(dir.resolve("db-password")).strip();
        try (Connection connection = DriverManager.getConnection(url(dir, name), "sa", password)) {
            for (String table : TABLES) {
                try (ResultSet rs = connection.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }
}
