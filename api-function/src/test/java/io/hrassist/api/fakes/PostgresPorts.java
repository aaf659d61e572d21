package io.hrassist.api.fakes;

import io.hrassist.api.TestPostgres;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The JDBC adapters on a database of their own, in an application context started once for a contract test class (no
 * HTTP server, no broker: the outbox relay leaves the outbox alone).
 */
final class PostgresPorts implements AutoCloseable {

    private ApplicationContext context;
    private Map<String, String> database;

    /** The adapters; the context starts on the first call. */
    Ports ports() {
        if (context == null) {
            database = TestPostgres.anotherDatabase();
            var properties = new HashMap<String, Object>(database);
            properties.put("hr-assist.admin.password", "a contract test's admin password");
            properties.put("hr-assist.broker.url", "");
            context = ApplicationContext.run(properties, Environment.TEST);
        }
        return Ports.of(context);
    }

    /**
     * Runs {@code sql} on the adapters' database past them, for what no port does (an audit entry of long ago); how many
     * rows it changed.
     */
    int update(String sql, Object... parameters) {
        ports();
        try (var connection = DriverManager.getConnection(
                        database.get("datasources.default.url"),
                        database.get("datasources.default.username"),
                        database.get("datasources.default.password"));
                var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
        }
    }
}
