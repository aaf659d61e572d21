package io.hrassist.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

/** The database of the local system: the one named by a JDBC URL, or an embedded PostgreSQL 16 kept on disk. */
final class LocalDatabase implements AutoCloseable {

    static final String NAME = "hrassist";

    private final String url;
    private final String user;
    private final String password;
    private final Path dataDirectory;
    private EmbeddedPostgres embedded;

    private LocalDatabase(String url, String user, String password, Path dataDirectory, EmbeddedPostgres embedded) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.dataDirectory = dataDirectory;
        this.embedded = embedded;
    }

    static LocalDatabase given(String url, String user, String password) {
        return new LocalDatabase(url, user, password, null, null);
    }

    /** An embedded server whose data stays in {@code dataDirectory} between runs. */
    static LocalDatabase embedded(Path dataDirectory) throws IOException {
        EmbeddedPostgres postgres = start(dataDirectory, 0);
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + NAME + "'");
            if (!exists.next()) {
                statement.execute("CREATE DATABASE " + NAME);
            }
        } catch (SQLException e) {
            postgres.close();
            throw new IOException("Cannot prepare the embedded database", e);
        }
        return new LocalDatabase(postgres.getJdbcUrl("postgres", NAME), "postgres", "", dataDirectory, postgres);
    }

    private static EmbeddedPostgres start(Path dataDirectory, int port) throws IOException {
        // No shutdown hook of its own: it would stop the database beside the launcher's, while the API still drains
        // its outbox into it; LocalSystem.close stops it last.
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false);
        if (port != 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    String url() {
        return url;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    /** Fails early, with the reason, when the database cannot be reached. */
    void check() throws SQLException {
        DriverManager.getConnection(url, user, password).close();
    }

    /** Stops the embedded server, waits {@code downFor}, and starts it again on the same port and data. */
    synchronized void restart(Duration downFor) throws IOException, InterruptedException {
        if (embedded == null) {
            throw new IllegalStateException("only the embedded database can be restarted here");
        }
        int port = embedded.getPort();
        embedded.close();
        Thread.sleep(downFor.toMillis());
        embedded = start(dataDirectory, port);
    }

    @Override
    public synchronized void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
