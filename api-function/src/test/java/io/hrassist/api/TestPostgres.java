package io.hrassist.api;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL the tests use, in the order DESIGN.md gives: the server named by {@code HR_ASSIST_TEST_DB_URL} (a
 * fresh database is created on it for this run and dropped after), else Testcontainers where Docker runs, else an
 * embedded PostgreSQL 16.
 */
public final class TestPostgres {

    private static Map<String, String> properties;

    private TestPostgres() {}

    /** Datasource properties for a Micronaut test context. */
    public static synchronized Map<String, String> properties() {
        if (properties == null) {
            properties = start();
        }
        return properties;
    }

    /**
     * Datasource properties of another fresh database on the same server, for a test that needs the whole database to
     * itself (for example one that counts every admin); dropped when the JVM exits.
     */
    public static Map<String, String> anotherDatabase() {
        Map<String, String> shared = properties();
        return freshDatabase(
                shared.get("datasources.default.url"),
                shared.get("datasources.default.username"),
                shared.get("datasources.default.password"));
    }

    private static Map<String, String> start() {
        String url = System.getenv("HR_ASSIST_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return freshDatabase(url, env("HR_ASSIST_TEST_DB_USER", "postgres"), env("HR_ASSIST_TEST_DB_PASSWORD", ""));
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            var container = new PostgreSQLContainer("postgres:16-alpine");
            container.start();
            return datasource(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres)));
            return datasource(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
        }
    }

    private static Map<String, String> freshDatabase(String url, String user, String password) {
        String name = "hrassist_test_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        execute(url, user, password, "CREATE DATABASE " + name);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> execute(url, user, password, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")));
        String base = url.substring(0, url.lastIndexOf('/') + 1);
        return datasource(base + name, user, password);
    }

    private static void execute(String url, String user, String password, String sql) {
        try (var connection = DriverManager.getConnection(url, user, password);
                var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run '" + sql + "' on " + url, e);
        }
    }

    private static Map<String, String> datasource(String url, String user, String password) {
        return Map.of(
                "datasources.default.url",
                url,
                "datasources.default.username",
                user,
                "datasources.default.password",
                password);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            // the JVM is exiting anyway
        }
    }
}
