package io.hrassist.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The database of the local system: the one named by a JDBC URL, or an embedded PostgreSQL 16 kept on disk. */
record LocalDatabase(String url, String user, String password, EmbeddedPostgres embedded) implements AutoCloseable {

    static final String NAME = "hrassist";

    static LocalDatabase given(String url, String user, String password) {
        return new LocalDatabase(url, user, password, null);
    }

    /** An embedded server whose data stays in {@code dataDirectory} between runs. */
    static LocalDatabase embedded(Path dataDirectory) throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .start();
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
        return new LocalDatabase(postgres.getJdbcUrl("postgres", NAME), "postgres", "", postgres);
    }

    /** Fails early, with the reason, when the database cannot be reached. */
    void check() throws SQLException {
        DriverManager.getConnection(url, user, password).close();
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
