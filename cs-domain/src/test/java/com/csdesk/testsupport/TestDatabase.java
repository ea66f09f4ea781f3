package com.csdesk.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one switch that decides where integration tests find PostgreSQL: the server named by
 * {@code CS_TEST_POSTGRES_URL} (a JDBC URL of a maintenance database, e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres}) when it is set, else a Testcontainers
 * PostgreSQL when Docker runs. Either way each test JVM gets a fresh, empty database of its own;
 * databases left by earlier runs are dropped when the next run starts.
 */
public final class TestDatabase {

    public static final String URL_VARIABLE = "CS_TEST_POSTGRES_URL";
    private static final String PREFIX = "csdesk_test_";

    private static final Map<String, JdbcConnectionDetails> DATABASES = new HashMap<>();
    private static boolean cleaned;

    private TestDatabase() {
    }

    /** Connection details of this JVM's fresh database, created on first use. */
    public static JdbcConnectionDetails connectionDetails() {
        return connectionDetails("main");
    }

    /**
     * Another fresh database of this JVM, for tests that must not see the main one's data (a
     * context without the demo profile, say); created on first use of the name.
     */
    public static synchronized JdbcConnectionDetails connectionDetails(String name) {
        return DATABASES.computeIfAbsent(name, n -> create());
    }

    private static JdbcConnectionDetails create() {
        String serverUrl = System.getenv(URL_VARIABLE);
        String user = envOr("CS_TEST_POSTGRES_USER", "postgres");
        String password = envOr("CS_TEST_POSTGRES_PASSWORD", "");
        if (serverUrl == null || serverUrl.isBlank()) {
            if (!DockerClientFactory.instance().isDockerAvailable()) {
                throw new IllegalStateException("No PostgreSQL for the tests: set " + URL_VARIABLE
                        + " (e.g. jdbc:postgresql://127.0.0.1:5432/postgres) or run Docker");
            }
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            serverUrl = container.getJdbcUrl();
            user = container.getUsername();
            password = container.getPassword();
        }
        String name = PREFIX + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")) + "_"
                + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        try (Connection c = DriverManager.getConnection(serverUrl, user, password);
                Statement s = c.createStatement()) {
            if (!cleaned) {
                dropLeftovers(s);
                cleaned = true;
            }
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database on " + serverUrl, e);
        }
        String url = serverUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
        String u = user;
        String p = password;
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return u;
            }

            @Override
            public String getPassword() {
                return p;
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }

    /** Drops test databases of earlier runs; one still in use (a run going on elsewhere) is left alone. */
    private static void dropLeftovers(Statement s) throws SQLException {
        List<String> old = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("select datname from pg_database where datname like '" + PREFIX + "%'"
                + " and datname not in (select datname from pg_stat_activity where datname is not null)")) {
            while (rs.next()) {
                old.add(rs.getString(1));
            }
        }
        for (String db : old) {
            try {
                s.execute("drop database if exists " + db);
            } catch (SQLException inUse) {
                // someone connected meanwhile: it is not a leftover
            }
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
