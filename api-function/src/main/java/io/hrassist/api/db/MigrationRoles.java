package io.hrassist.api.db;

import io.micronaut.context.annotation.Value;
import io.micronaut.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Map;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Migrations run as the schema's owner ({@code hr-assist.db.migration-user}) while the app connects as a role that
 * may only read and write rows: after every migration the owner grants {@code hr-assist.db.app-role} exactly that
 * ({@code db/migration/afterMigrate.sql}). Without a migration user, the app's own role migrates and nothing is granted.
 */
@Singleton
@Named(MigrationRoles.DATASOURCE)
class MigrationRoles implements FlywayConfigurationCustomizer {

    static final String DATASOURCE = "default";

    private final String url;
    private final String user;
    private final String password;
    private final String appRole;

    MigrationRoles(
            @Value("${datasources.default.url}") String url,
            @Value("${hr-assist.db.migration-user:}") String user,
            @Value("${hr-assist.db.migration-password:}") String password,
            @Value("${hr-assist.db.app-role:}") String appRole) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.appRole = appRole;
    }

    @Override
    public String getName() {
        return DATASOURCE;
    }

    @Override
    public void customizeFluentConfiguration(FluentConfiguration flyway) {
        if (!user.isBlank()) {
            flyway.dataSource(url, user, password);
        }
        flyway.placeholders(Map.of("appRole", appRole));
    }
}
