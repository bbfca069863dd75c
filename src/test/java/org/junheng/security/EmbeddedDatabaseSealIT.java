package org.junheng.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

import org.junheng.Junheng;
import org.junheng.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The embedded database of a real start, tried from outside: with the old empty password, over the network, as another user. */
class EmbeddedDatabaseSealIT {

    private static final String OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    @BeforeEach
    void onlyInTheH2Pass() {
        assumeFalse(TestDatabase.isPostgreSql(), "the embedded database is H2's");
    }

    private static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(Junheng.class).web(WebApplicationType.NONE)
                .run("--junheng.data-dir=" + data, "--junheng.demo.load-on-first-start=false");
    }

    private static String url(Path data) {
        return "jdbc:h2:file:" + data.resolve("junheng") + OPTIONS;
    }

    @Test
    void theDatabaseHasAGeneratedPasswordAndOwnerOnlyFilesAndNoListener(@TempDir Path parent) throws Exception {
        Path data = parent.resolve("data");
        try (ConfigurableApplicationContext app = start(data)) {
            assertThat(app.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM app_user", Integer.class)).isZero();

            assertThat(Files.getPosixFilePermissions(data)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
            try (Stream<Path> files = Files.list(data)) {
                for (Path file : files.toList()) {
                    assertThat(Files.getPosixFilePermissions(file)).as(file.toString())
                            .isEqualTo(PosixFilePermissions.fromString("rw-------"));
                    if (file.toString().endsWith(".lock.db")) {
                        assertThat(Files.readString(file)).doesNotContain("server");
                    }
                }
            }
            assertThatThrownBy(() -> DriverManager.getConnection(url(data), "sa", "").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("Wrong user name or password");
            assertThatThrownBy(() -> DriverManager.getConnection("jdbc:h2:tcp://localhost:9092/" + data.resolve("junheng"),
                    "sa", "").close()).isInstanceOf(SQLException.class);
            String password = Files.readString(data.resolve(EmbeddedDatabaseSeal.PASSWORD_FILE)).strip();
            assertThat(password).hasSize(32);
            assertAnotherUserCannotRead(data.resolve("junheng.mv.db"));
            assertAnotherUserCannotRead(data.resolve(EmbeddedDatabaseSeal.PASSWORD_FILE));
        }
        try (ConfigurableApplicationContext again = start(data)) {
            assertThat(again.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM app_user", Integer.class)).isZero();
        }
    }

    @Test
    void aDatabaseMadeWithTheEmptyPasswordIsSealedOnTheNextStart(@TempDir Path parent) throws Exception {
        Path data = parent.resolve("data");
        Files.createDirectories(data);
        try (Connection old = DriverManager.getConnection(url(data), "sa", "")) {
            old.createStatement().execute("CREATE SCHEMA kept");
            old.createStatement().execute("CREATE TABLE kept.left_from_before (id INT)");
        }

        try (ConfigurableApplicationContext app = start(data)) {
            assertThat(app.getBean(JdbcTemplate.class).queryForList("SELECT id FROM kept.left_from_before", Integer.class)).isEmpty();
            assertThatThrownBy(() -> DriverManager.getConnection(url(data), "sa", "").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("Wrong user name or password");
        }
    }

    /** Runs {@code cat} as the unprivileged user {@code nobody}: it must be refused. Needs root to switch users. */
    private static void assertAnotherUserCannotRead(Path file) throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/sbin/runuser")),
                "switching to another OS user needs root and runuser");
        Process cat = new ProcessBuilder(List.of("/usr/sbin/runuser", "-u", "nobody", "--", "cat", file.toString()))
                .redirectErrorStream(true).start();
        String output = new String(cat.getInputStream().readAllBytes());
        assertThat(cat.waitFor()).as(output).isNotZero();
        assertThat(output).contains("Permission denied");
    }
}
