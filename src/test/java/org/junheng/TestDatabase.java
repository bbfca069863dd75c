package org.junheng;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives each test application context a database of its own: an in-memory H2 database, or, when the
 * build runs the PostgreSQL pass ({@code junheng.test.database=postgresql}), a fresh schema in the
 * database named by {@code JUNHENG_TEST_PG_URL}.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

    public static boolean isPostgreSql() {
        return "postgresql".equals(System.getProperty("junheng.test.database"));
    }

    private static String queryParameter(String url, String name, String fallback) {
        int query = url.indexOf('?');
        if (query >= 0) {
            for (String pair : url.substring(query + 1).split("&")) {
                if (pair.startsWith(name + "=")) {
                    return pair.substring(name.length() + 1);
                }
            }
        }
        return fallback;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String name = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("junheng-test-database",
                properties(name)));
    }

    /**
     * The properties of a database of this pass named {@code name}: applications given the same name
     * share it (in this JVM for H2).
     */
    public static Map<String, Object> properties(String name) {
        if (isPostgreSql()) {
            String url = System.getenv("JUNHENG_TEST_PG_URL");
            if (url == null || url.isBlank()) {
                throw new IllegalStateException("junheng.test.database=postgresql needs JUNHENG_TEST_PG_URL");
            }
            log.info("Test database: PostgreSQL, schema {} of {}", name, url);
            return Map.of(
                    "spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name,
                    "spring.datasource.username", queryParameter(url, "user", "postgres"),
                    "spring.datasource.password", queryParameter(url, "password", ""),
                    "spring.flyway.schemas", name,
                    "spring.datasource.hikari.maximum-pool-size", "4");
        }
        log.info("Test database: H2 in memory, {}", name);
        return Map.of(
                "spring.datasource.url", "jdbc:h2:mem:" + name
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "spring.datasource.hikari.maximum-pool-size", "4");
    }
}
