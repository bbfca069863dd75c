package org.junheng.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Seals the embedded H2 database against other users of the machine: the data directory is the
 * owner's only (0700, files 0600), the database has a generated password kept in
 * {@code <data-dir>/db-password} (0600), and no network listener is opened (application.yml has
 * no {@code AUTO_SERVER}). A database made before the seal, with the empty password, is given the
 * generated one on the first start after it. Nothing is done when the operator configures the
 * database (another URL, or a password of their own).
 */
public final class EmbeddedDatabaseSeal implements EnvironmentPostProcessor {

    static final String PASSWORD_FILE = "db-password";
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url");
        if (url == null || !url.startsWith("jdbc:h2:file:")
                || !environment.getProperty("spring.datasource.password", "").isEmpty()) {
            return;
        }
        String user = environment.getProperty("spring.datasource.username", "sa");
        Path database = Path.of(url.substring("jdbc:h2:file:".length()).split(";", 2)[0]).toAbsolutePath();
        Path directory = database.getParent();
        try {
            Files.createDirectories(directory);
            restrict(directory);
            Path secret = directory.resolve(PASSWORD_FILE);
            boolean sealedBefore = Files.exists(secret);
            String password = sealedBefore ? Files.readString(secret, StandardCharsets.UTF_8).strip() : create(secret);
            if (!sealedBefore && Files.exists(Path.of(database + ".mv.db"))) {
                seal(url, user, password);
            }
            environment.getPropertySources().addFirst(new MapPropertySource("junheng-embedded-database",
                    Map.of("spring.datasource.password", password)));
            // the files H2 creates on start take the process's umask; close them up once it is running
            application.addListeners((ApplicationListener<ApplicationReadyEvent>) ready -> {
                try {
                    restrict(directory);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot seal the embedded database under " + directory, e);
        }
    }

    /** Makes the data directory and everything in it readable by its owner only (where the file system knows owners). */
    static void restrict(Path directory) throws IOException {
        if (Files.getFileAttributeView(directory, PosixFileAttributeView.class) == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                if (!Files.isSymbolicLink(path)) {
                    Files.setPosixFilePermissions(path, Files.isDirectory(path) ? OWNER_DIRECTORY : OWNER_FILE);
                }
            }
        }
    }

    private static String create(Path secret) throws IOException {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        try {
            if (Files.getFileAttributeView(secret.getParent(), PosixFileAttributeView.class) != null) {
                Files.createFile(secret, PosixFilePermissions.asFileAttribute(OWNER_FILE));
            } else {
                Files.createFile(secret);
            }
        } catch (FileAlreadyExistsException e) {
            return Files.readString(secret, StandardCharsets.UTF_8).strip();
        }
        Files.writeString(secret, password + "\n", StandardCharsets.UTF_8);
        return password.toString();
    }

    /** Gives a database made with the empty password the generated one. */
    private static void seal(String url, String user, String password) {
        try (Connection connection = DriverManager.getConnection(url, user, "");
             Statement statement = connection.createStatement()) {
            statement.execute("ALTER USER \"" + user.toUpperCase(java.util.Locale.ROOT).replace("\"", "") + "\" SET PASSWORD '"
                    + password + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("the embedded database could not be given its password (is the server still "
                    + "running from an older version?): " + e.getMessage(), e);
        }
    }
}
