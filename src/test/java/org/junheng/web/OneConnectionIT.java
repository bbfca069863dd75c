package org.junheng.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junheng.Browser;
import org.junheng.DemoImport;
import org.junheng.IntegrationTest;
import org.junheng.assistance.Assistance;
import org.junheng.assistance.Programme;
import org.junheng.assistance.ProgrammeKind;
import org.junheng.assistance.SchoolRole;
import org.junheng.importing.ImportType;
import org.junheng.importing.Importer;
import org.junheng.registry.Registry;
import org.junheng.registry.School;
import org.junheng.registry.SchoolQuery;
import org.junheng.registry.SchoolType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A request holds one database connection at a time. One that takes a second connection while it holds
 * the first (a query inside another query's row mapping, outside a transaction) stalls the whole server as
 * soon as as many requests as the pool has connections do it at once: each waits for a connection the
 * others hold, until the pool's timeout fails them all. Here every connection a request thread takes while
 * it holds another is recorded, with where it was taken.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OneConnectionIT {

    private static final String COUNTY = "990121";

    /** Where request threads took a second connection while holding one. */
    static final List<String> SECOND_CONNECTIONS = new CopyOnWriteArrayList<>();

    @TestConfiguration
    static class CountedConnections {

        @Bean
        static BeanPostProcessor countConnectionsHeldByEachRequest() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource source && !(bean instanceof DelegatingDataSource) ? counted(source) : bean;
                }
            };
        }

        private static final ThreadLocal<int[]> HELD = ThreadLocal.withInitial(() -> new int[1]);

        private static DataSource counted(DataSource source) {
            return new DelegatingDataSource(source) {
                @Override
                public Connection getConnection() throws SQLException {
                    return held(super.getConnection());
                }

                @Override
                public Connection getConnection(String user, String password) throws SQLException {
                    return held(super.getConnection(user, password));
                }
            };
        }

        private static Connection held(Connection connection) {
            int[] held = HELD.get();
            if (held[0] > 0 && Thread.currentThread().getName().contains("-exec-")) {
                SECOND_CONNECTIONS.add(Arrays.stream(Thread.currentThread().getStackTrace())
                        .map(StackTraceElement::toString).filter(frame -> frame.startsWith("org.junheng"))
                        .collect(Collectors.joining(" < ")));
            }
            held[0]++;
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, arguments) -> {
                        if (method.getName().equals("close") && !connection.isClosed()) {
                            held[0]--;
                        }
                        try {
                            return method.invoke(connection, arguments);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    Importer importer;

    @Autowired
    Assistance assistance;

    @Autowired
    Registry registry;

    private String helper;
    private long programme;

    @BeforeAll
    void importACountyWithAPairing(@TempDir Path demo) throws Exception {
        DemoImport.importDemo(importer, demo, 1, ImportType.REGIONS, ImportType.SCHOOL_STATS, ImportType.COUNTY_FACTS);
        List<School> schools = registry.findSchools(new SchoolQuery(COUNTY, SchoolType.PRIMARY, null), 0, 2).content();
        helper = schools.get(0).code();
        programme = assistance.createProgramme(new Programme(0, ProgrammeKind.PAIRING, "单连接结对", COUNTY, null,
                LocalDate.of(2025, 9, 1), null, "薄弱学科建设", null, List.of(new Programme.Participant(helper, SchoolRole.HELPER),
                new Programme.Participant(schools.get(1).code(), SchoolRole.HELPED)), 0)).id();
    }

    @Test
    void everyPageOfAnOfficersDayIsServedHoldingOneConnectionAtATime() throws Exception {
        Browser admin = new Browser(port).signIn("admin", IntegrationTest.ADMIN_PASSWORD);
        SECOND_CONNECTIONS.clear();

        for (String page : List.of("/", "/counties/" + COUNTY, "/schools/" + helper, "/programmes", "/programmes/" + programme,
                "/schools/" + helper + "/needs", "/figures?region=" + COUNTY, "/rotation", "/imports", "/users", "/audit",
                "/account")) {
            assertThat(admin.get(page).statusCode()).as(page).isEqualTo(200);
        }

        assertThat(SECOND_CONNECTIONS).isEmpty();
    }
}
