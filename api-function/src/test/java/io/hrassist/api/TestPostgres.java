package io.hrassist.api;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL the tests use, in the order DESIGN.md gives: the server named by {@code HR_ASSIST_TEST_DB_URL} (a
 * fresh database is created on it for this run and dropped after), else Testcontainers where Docker runs, else an
 * embedded PostgreSQL 16. Every test class gets a database of its own ({@link #isolated()}): a copy of a template
 * migrated once per run, so that no test passes or fails because of what another class left behind.
 */
public final class TestPostgres {

    private static final List<String> CREATED = new CopyOnWriteArrayList<>();
    private static final ExecutorService DROPS = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "test-database-drops");
        thread.setDaemon(true);
        return thread;
    });

    /** The database the first one was created from: where databases are created and dropped. */
    private static volatile String adminUrl;

    private static Map<String, String> server;
    private static String template;
    private static Map<String, String> current;

    private TestPostgres() {}

    /**
     * Datasource properties of the database of the test class running now (classes run one after another in a test
     * JVM), or of the run's database before any class took one: for helpers that reach the database directly.
     */
    public static synchronized Map<String, String> properties() {
        return current != null ? current : server();
    }

    /**
     * A fresh, migrated database for the test class about to start; {@link #properties()} names it from now on. The
     * previous class's database (its context has closed) is dropped in the background meanwhile, so that few are left
     * for the JVM's exit.
     */
    public static synchronized Map<String, String> isolated() {
        if (current != null) {
            String url = current.get("datasources.default.url");
            String done = url.substring(url.lastIndexOf('/') + 1);
            DROPS.execute(() -> drop(done));
        }
        current = anotherDatabase();
        return current;
    }

    /**
     * Datasource properties of another fresh, migrated database on the same server, for a test that needs a database to
     * itself beside its class's (for example one that counts every admin); dropped when the JVM exits.
     */
    public static synchronized Map<String, String> anotherDatabase() {
        Map<String, String> run = server();
        String url = run.get("datasources.default.url");
        String user = run.get("datasources.default.username");
        String password = run.get("datasources.default.password");
        if (template == null) {
            Map<String, String> migrated = freshDatabase(url, user, password, null);
            Flyway.configure()
                    .dataSource(migrated.get("datasources.default.url"), user, password)
                    .placeholders(Map.of("appRole", ""))
                    .load()
                    .migrate();
            String migratedUrl = migrated.get("datasources.default.url");
            template = migratedUrl.substring(migratedUrl.lastIndexOf('/') + 1);
        }
        return freshDatabase(url, user, password, template);
    }

    private static synchronized Map<String, String> server() {
        if (server == null) {
            server = start();
        }
        return server;
    }

    private static Map<String, String> start() {
        String url = System.getenv("HR_ASSIST_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return freshDatabase(
                    url, env("HR_ASSIST_TEST_DB_USER", "postgres"), env("HR_ASSIST_TEST_DB_PASSWORD", ""), null);
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

    /** A new database on the server of {@code url}, a copy of {@code template} when one is named. */
    private static Map<String, String> freshDatabase(String url, String user, String password, String template) {
        String name = "hrassist_test_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        execute(url, user, password, "CREATE DATABASE " + name + (template == null ? "" : " TEMPLATE " + template));
        if (adminUrl == null) {
            adminUrl = url;
            // one hook drops what is left, one after another, when the JVM exits
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                DROPS.shutdown();
                try {
                    DROPS.awaitTermination(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                for (int i = CREATED.size() - 1; i >= 0; i--) {
                    drop(CREATED.get(i));
                }
            }));
        }
        CREATED.add(name);
        String base = url.substring(0, url.lastIndexOf('/') + 1);
        return datasource(base + name, user, password);
    }

    /** Drops a database this run created (once: later calls for it do nothing). */
    private static void drop(String database) {
        if (CREATED.remove(database)) {
            Map<String, String> run = server();
            // connected to the server's own database, never to the one dropped
            execute(
                    adminUrl,
                    run.get("datasources.default.username"),
                    run.get("datasources.default.password"),
                    "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
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
