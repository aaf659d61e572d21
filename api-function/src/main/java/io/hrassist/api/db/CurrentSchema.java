package io.hrassist.api.db;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.flyway.DataSourceMigrationRunner;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts Flyway only when the schema lacks a migration this build bundles. A start on an up-to-date schema, every
 * start but a release's first, then costs one query instead of loading and running Flyway (~300 classes, the
 * history's validation and the afterMigrate grants) before the first request. Whatever cannot be read (no history
 * yet, a failed migration, a repeatable or unreadable migration) leaves the decision to Flyway, as before.
 */
@Singleton
@Replaces(DataSourceMigrationRunner.class)
class CurrentSchema extends DataSourceMigrationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(CurrentSchema.class);

    private final DataSourceResolver resolver;
    private final String url;
    private final String migrationUser;
    private final String migrationPassword;

    CurrentSchema(
            ApplicationContext context,
            ApplicationEventPublisher<?> events,
            DataSourceResolver resolver,
            @Value("${datasources.default.url}") String url,
            @Value("${hr-assist.db.migration-user:}") String migrationUser,
            @Value("${hr-assist.db.migration-password:}") String migrationPassword) {
        super(context, events, resolver);
        this.resolver = resolver;
        this.url = url;
        this.migrationUser = migrationUser;
        this.migrationPassword = migrationPassword;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        Set<String> bundled = BundledMigrations.versions();
        if (!bundled.isEmpty() && applied(resolver.resolve(event.getBean())).containsAll(bundled)) {
            LOG.info("Schema up to date ({} migrations): Flyway not started", bundled.size());
            return event.getBean();
        }
        return super.onCreated(event);
    }

    /**
     * The versions the history records as applied, empty when it cannot be read or records a failure. Asks the pool
     * itself ({@code resolver}), not the contextual proxy that other listeners wrap it in, which is not ready yet.
     */
    private Set<String> applied(DataSource dataSource) {
        // The app's role may not read the history where a migration user owns the schema (afterMigrate.sql).
        try (Connection connection = migrationUser.isBlank()
                        ? dataSource.getConnection()
                        : DriverManager.getConnection(url, migrationUser, migrationPassword);
                var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT version, success FROM flyway_schema_history")) {
            Set<String> versions = new HashSet<>();
            while (rows.next()) {
                if (!rows.getBoolean(2)) {
                    return Set.of();
                }
                if (rows.getString(1) != null) {
                    versions.add(rows.getString(1));
                }
            }
            return versions;
        } catch (SQLException e) {
            LOG.debug("No readable migration history, Flyway decides: {}", e.getMessage());
            return Set.of();
        }
    }
}
