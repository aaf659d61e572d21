package io.hrassist.ui;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;

/**
 * The PostgreSQL behind the API the UI tests run against: the server named by {@code HR_ASSIST_TEST_DB_URL} (a fresh
 * database is created on it and dropped after), else an embedded PostgreSQL 16.
 */
record TestDatabase(String url, String user, String password) {

    static TestDatabase start() {
        String url = System.getenv("HR_ASSIST_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return fresh(url, env("HR_ASSIST_TEST_DB_USER", "postgres"), env("HR_ASSIST_TEST_DB_PASSWORD", ""));
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres)));
            return new TestDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
        }
    }

    private static TestDatabase fresh(String url, String user, String password) {
        String name = "hrassist_ui_test_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        execute(url, user, password, "CREATE DATABASE " + name);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> execute(url, user, password, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")));
        return new TestDatabase(url.substring(0, url.lastIndexOf('/') + 1) + name, user, password);
    }

    /** The random id of the request event a task was started with, and the task's kind. */
    record TaskRequest(String eventId, String kind) {}

    TaskRequest taskRequest(UUID task) {
        try (var connection = DriverManager.getConnection(url, user, password);
                var query = connection.prepareStatement("SELECT request_event_id, kind FROM task WHERE id = ?")) {
            query.setObject(1, task);
            try (var row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("No task " + task);
                }
                return new TaskRequest(row.getString(1), row.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The data of the request event a task was started with, as the API put it in its outbox. */
    String requestData(UUID task) {
        try (var connection = DriverManager.getConnection(url, user, password);
                var query = connection.prepareStatement(
                        "SELECT convert_from(data, 'UTF8') FROM outbox_event WHERE subject = ? ORDER BY id LIMIT 1")) {
            query.setString(1, task.toString());
            try (var row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("No request event for task " + task);
                }
                return row.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Puts {@code json} in place of a task's result, as a faulty writer (or a hand in the database) could have. */
    void replaceResult(UUID task, String json) {
        try (var connection = DriverManager.getConnection(url, user, password);
                var update = connection.prepareStatement("UPDATE task SET result = ? WHERE id = ?")) {
            update.setString(1, json);
            update.setObject(2, task);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("No task " + task);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
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
