package io.hrassist.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.hrassist.api.domain.ForgetOldAuditEvents;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The API migrates as the schema's owner and works as a role that may only read and write rows: whatever an attacker
 * makes the app run, it cannot change or drop the schema, nor change or delete audit entries (expired ones go through
 * the owner's function, which keeps every entry younger than 30 days).
 */
@MicronautTest(transactional = false)
class DatabaseRolesTest extends ApiTest {

    private static final String SUFFIX =
            UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    private static final String OWNER = "hr_owner_" + SUFFIX;
    private static final String APP = "hr_app_" + SUFFIX;
    private static final String DATABASE = "hr_roles_" + SUFFIX;
    private static final String PASSWORD = "role-password-" + SUFFIX;

    private String appUrl;

    @Inject
    ForgetOldAuditEvents forget;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> admin = TestPostgres.properties();
        String adminUrl = admin.get("datasources.default.url");
        sql(adminUrl, "CREATE ROLE " + OWNER + " LOGIN NOSUPERUSER PASSWORD '" + PASSWORD + "'");
        sql(adminUrl, "CREATE ROLE " + APP + " LOGIN NOSUPERUSER PASSWORD '" + PASSWORD + "'");
        sql(adminUrl, "CREATE DATABASE " + DATABASE + " OWNER " + OWNER);
        appUrl = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + DATABASE;
        var properties = new HashMap<>(super.getProperties());
        properties.put("datasources.default.url", appUrl);
        properties.put("datasources.default.username", APP);
        properties.put("datasources.default.password", PASSWORD);
        properties.put("hr-assist.db.migration-user", OWNER);
        properties.put("hr-assist.db.migration-password", PASSWORD);
        properties.put("hr-assist.db.app-role", APP);
        return properties;
    }

    @AfterAll
    void dropDatabaseAndRoles() {
        String adminUrl = TestPostgres.properties().get("datasources.default.url");
        sql(adminUrl, "DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        sql(adminUrl, "DROP ROLE IF EXISTS " + APP);
        sql(adminUrl, "DROP ROLE IF EXISTS " + OWNER);
    }

    @Test
    void theAppWorksAsARoleThatCanOnlyReadAndWriteRows() {
        String vacancy =
                createVacancy("Database Administrator", "PostgreSQL").get("id").asText();
        call(HttpRequest.POST("/api/v1/vacancies/" + vacancy + "/job-description", ""));

        for (String ddl : new String[] {
            "DROP TABLE task",
            "TRUNCATE candidate",
            "ALTER TABLE app_user ADD COLUMN owned boolean",
            "CREATE TABLE stolen (x text)",
            "DELETE FROM flyway_schema_history",
            "CREATE INDEX stolen_index ON task (status)",
            "UPDATE audit_event SET action = 'SIGN_IN'",
            "DELETE FROM audit_event",
            "DELETE FROM audit_event WHERE occurred_at < now() - interval '1000 days'",
            "TRUNCATE audit_event"
        }) {
            assertThat(catchThrowable(() -> appSql(ddl))).as(ddl).isInstanceOf(IllegalStateException.class);
        }
        assertThat(appSql("SELECT count(*) FROM task")).isTrue();
        assertThat(appSql("SELECT count(*) FROM audit_event")).isTrue();
    }

    @Test
    void theAppRoleMayEraseACandidateEverywhere() {
        String vacancy = createVacancy("Database Administrator").get("id").asText();
        var file = MultipartBody.builder()
                .addPart(
                        "file", "cv.txt", MediaType.TEXT_PLAIN_TYPE, "Ada, PostgreSQL".getBytes(StandardCharsets.UTF_8))
                .build();
        String candidate = call(HttpRequest.POST("/api/v1/vacancies/" + vacancy + "/candidates", file)
                        .contentType(MediaType.MULTIPART_FORM_DATA_TYPE))
                .get("candidate")
                .get("id")
                .asText();
        call(HttpRequest.POST("/api/v1/candidates/" + candidate + "/notes", Map.of("text", "Knows VACUUM")));

        assertThat(client.toBlocking()
                        .exchange(auth(HttpRequest.DELETE("/api/v1/candidates/" + candidate)))
                        .code())
                .isEqualTo(204);
        assertThat(appSql("SELECT 1 FROM erased_task")).isTrue();
    }

    @Test
    void theAppRoleDeletesOnlyExpiredAuditEntriesThroughTheOwnersFunction() {
        createVacancy("Auditor");
        Instant expired = Instant.now().minus(Duration.ofDays(500));
        ownerSql("INSERT INTO audit_event (occurred_at, actor, action) VALUES ('" + expired + "', 'gone', 'SIGN_IN')");
        long young = count("SELECT count(*) FROM audit_event WHERE actor = 'admin'");

        assertThat(appSql("SELECT forget_audit_events(now() + interval '1 day')"))
                .isTrue();
        assertThat(count("SELECT count(*) FROM audit_event WHERE actor = 'admin'"))
                .as("a cutoff in the future deletes nothing younger than 30 days")
                .isEqualTo(young)
                .isPositive();
        assertThat(count("SELECT count(*) FROM audit_event WHERE actor = 'gone'"))
                .isZero();

        ownerSql("INSERT INTO audit_event (occurred_at, actor, action) VALUES ('" + expired + "', 'gone', 'SIGN_IN')");
        assertThat(forget.run())
                .as("the retention job, connected as the app role")
                .isPositive();
        assertThat(count("SELECT count(*) FROM audit_event WHERE actor = 'gone'"))
                .isZero();
    }

    @Test
    void evenWithDeleteGrantedAgainTheAppRoleCannotDeleteAuditEntries() {
        Instant old = Instant.now().minus(Duration.ofDays(40));
        ownerSql("INSERT INTO audit_event (occurred_at, actor, action) VALUES ('" + old + "', 'kept', 'SIGN_IN')");
        // What the previous release's afterMigrate.sql does when one of its pods restarts during a rolling update.
        ownerSql("GRANT DELETE ON audit_event TO " + APP);
        try {
            assertThat(catchThrowable(() -> appSql("DELETE FROM audit_event WHERE actor = 'kept'")))
                    .hasMessageContaining("leave only through forget_audit_events");
            assertThat(count("SELECT count(*) FROM audit_event WHERE actor = 'kept'"))
                    .isOne();
        } finally {
            ownerSql("REVOKE DELETE ON audit_event FROM " + APP);
        }
    }

    @Test
    void aUserDeactivatedOrReactivatedWithoutDeactivatedAtGetsItRight() {
        String id = UUID.randomUUID().toString();
        appSql("INSERT INTO app_user (id, username, password_hash, roles, active) VALUES ('" + id + "', 'olga-" + SUFFIX
                + "', 'x', 'RECRUITER', true)");

        // How the previous release deactivates and reactivates a user: it does not know deactivated_at (V8).
        appSql("UPDATE app_user SET active = false WHERE id = '" + id + "'");
        assertThat(count("SELECT count(*) FROM app_user WHERE id = '" + id + "' AND deactivated_at IS NOT NULL"))
                .isOne();
        appSql("UPDATE app_user SET active = true WHERE id = '" + id + "'");
        assertThat(count("SELECT count(*) FROM app_user WHERE id = '" + id + "' AND deactivated_at IS NULL"))
                .isOne();
    }

    private boolean appSql(String statement) {
        try (var connection = DriverManager.getConnection(appUrl, APP, PASSWORD);
                var run = connection.createStatement()) {
            return run.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement + ": " + e.getMessage(), e);
        }
    }

    private long count(String query) {
        try (var connection = DriverManager.getConnection(appUrl, APP, PASSWORD);
                var run = connection.createStatement();
                var result = run.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(query + ": " + e.getMessage(), e);
        }
    }

    private void ownerSql(String statement) {
        try (var connection = DriverManager.getConnection(appUrl, OWNER, PASSWORD);
                var run = connection.createStatement()) {
            run.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement + ": " + e.getMessage(), e);
        }
    }

    private static void sql(String url, String statement) {
        Map<String, String> admin = TestPostgres.properties();
        try (var connection = DriverManager.getConnection(
                        url, admin.get("datasources.default.username"), admin.get("datasources.default.password"));
                var run = connection.createStatement()) {
            run.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement + ": " + e.getMessage(), e);
        }
    }
}
