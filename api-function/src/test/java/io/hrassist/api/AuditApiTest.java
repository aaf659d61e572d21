package io.hrassist.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import io.hrassist.api.domain.AuditRetention;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** Who did what to which object and when: each recorded action, the admin's read of the log, and its append-only. */
@MicronautTest(transactional = false)
class AuditApiTest extends ApiTest {

    private static final String PASSWORD = "an audited password";

    @Inject
    AuditRetention retention;

    @Test
    void recordsTheLifeOfAUserFromCreationToDeactivation() throws Exception {
        String name = UserApiTest.unique("audited");
        String id = call(HttpRequest.POST(
                        "/api/v1/users", Map.of("username", name, "password", PASSWORD, "role", "RECRUITER")))
                .get("id")
                .asText();
        problem(HttpRequest.POST("/login", Map.of("username", name, "password", "a wrong guess 123")), 401);
        String token = signIn(name, PASSWORD);
        String fresh = client.toBlocking()
                .retrieve(
                        HttpRequest.PUT(
                                        "/api/v1/me/password",
                                        Map.of("oldPassword", PASSWORD, "newPassword", "a newer audited password"))
                                .bearerAuth(token),
                        JsonNode.class)
                .get("access_token")
                .asText();
        client.toBlocking().exchange(HttpRequest.POST("/logout", "").bearerAuth(fresh));
        call(HttpRequest.PUT("/api/v1/users/" + id, Map.of("displayName", "Audrey", "role", "HIRING_MANAGER")));
        client.toBlocking().exchange(auth(HttpRequest.DELETE("/api/v1/users/" + id)));

        JsonNode entries = audit("object=" + id);

        assertThat(actions(entries))
                .containsExactly(
                        "USER_DEACTIVATED",
                        "USER_CHANGED",
                        "SIGN_OUT",
                        "PASSWORD_CHANGED",
                        "SIGN_IN",
                        "SIGN_IN_FAILED",
                        "USER_CREATED");
        assertThat(entries.get(0).get("actor").asText()).isEqualTo("admin");
        assertThat(entries.get(0).get("objectType").asText()).isEqualTo("user");
        assertThat(entries.get(1).get("detail").get("fields"))
                .extracting(JsonNode::asText)
                .containsExactly("role", "displayName");
        assertThat(entries.get(2).get("actor").asText()).isEqualTo(name);
        JsonNode failed = entries.get(5);
        assertThat(failed.has("actor")).isFalse();
        assertThat(failed.get("detail").get("username").asText()).isEqualTo(name);
        assertThat(failed.get("detail").get("reason").asText()).isEqualTo("wrong password");
        assertThat(entries.toString()).doesNotContain("a wrong guess", PASSWORD, "newer audited");
        assertThat(actions(audit("actor=" + name))).containsExactly("SIGN_OUT", "PASSWORD_CHANGED", "SIGN_IN");
    }

    @Test
    void recordsAnUnknownUsernameTriedAtSignIn() throws Exception {
        String tried = UserApiTest.unique("nobody");
        Instant before = Instant.now().minusSeconds(1);

        problem(HttpRequest.POST("/login", Map.of("username", tried, "password", "whatever it was")), 401);

        JsonNode failed = StreamSupport.stream(
                        audit("action=SIGN_IN_FAILED&from=" + before).spliterator(), false)
                .filter(e -> e.get("detail").get("username").asText().equals(tried))
                .findFirst()
                .orElseThrow();
        assertThat(failed.get("detail").get("reason").asText()).isEqualTo("unknown user");
        assertThat(failed.has("objectId")).isFalse();
    }

    @Test
    void recordsVacancyChangesByFieldNameNeverTheirText() throws Exception {
        String id = createVacancy("Audited Engineer", "Java").get("id").asText();
        call(HttpRequest.PUT(
                "/api/v1/vacancies/" + id,
                Map.of(
                        "title",
                        "Secret Project Engineer",
                        "language",
                        "en",
                        "seniority",
                        "senior",
                        "mustHaveSkills",
                        List.of("Kotlin"),
                        "version",
                        0)));
        call(HttpRequest.PUT("/api/v1/vacancies/" + id + "/status", Map.of("status", "CLOSED")));
        client.toBlocking().exchange(auth(HttpRequest.DELETE("/api/v1/vacancies/" + id)));

        JsonNode entries = audit("object=" + id + "&objectType=vacancy");

        assertThat(actions(entries))
                .containsExactly("VACANCY_DELETED", "VACANCY_CHANGED", "VACANCY_CHANGED", "VACANCY_CREATED");
        assertThat(entries.get(1).get("detail").get("status").asText()).isEqualTo("CLOSED");
        assertThat(entries.get(2).get("detail").get("fields"))
                .extracting(JsonNode::asText)
                .containsExactly("title", "mustHaveSkills");
        assertThat(entries.toString()).doesNotContain("Secret", "Kotlin");
        assertThat(entries).allSatisfy(e -> assertThat(e.get("actor").asText()).isEqualTo("admin"));
    }

    @Test
    void readingTheLogIsAuditedFilteredByTimeLimitedAndNewestFirst() throws Exception {
        Instant start = Instant.now().minusSeconds(1);
        createVacancy("First Filtered");
        createVacancy("Second Filtered");

        JsonNode two = audit("action=VACANCY_CREATED&actor=admin&from=" + start + "&limit=2");
        assertThat(two).hasSize(2);
        assertThat(Instant.parse(two.get(0).get("occurredAt").asText()))
                .isAfterOrEqualTo(Instant.parse(two.get(1).get("occurredAt").asText()));
        assertThat(audit("action=VACANCY_CREATED&to=" + start + "&from=" + start.minusSeconds(3600 * 24 * 365 * 30L)))
                .noneMatch(e -> Instant.parse(e.get("occurredAt").asText()).isAfter(start));

        audit("action=AUDIT_READ&actor=admin&limit=1");
        JsonNode read = audit("action=AUDIT_READ&actor=admin&limit=1").get(0); // the read just before
        assertThat(read.get("detail").get("action").asText()).isEqualTo("AUDIT_READ");
        assertThat(read.get("detail").get("limit").asInt()).isEqualTo(1);
    }

    @Test
    void rejectsBadFiltersWithAProblem() throws Exception {
        assertThat(problem(auth(HttpRequest.GET("/api/v1/audit-events?limit=1001")), 400)
                        .get("detail")
                        .asText())
                .contains("limit");
        problem(auth(HttpRequest.GET("/api/v1/audit-events?limit=0")), 400);
        problem(auth(HttpRequest.GET("/api/v1/audit-events?from=yesterday")), 400);
        problem(auth(HttpRequest.GET("/api/v1/audit-events?action=DANCED")), 400);
        Instant now = Instant.now();
        assertThat(problem(auth(HttpRequest.GET("/api/v1/audit-events?from=" + now + "&to=" + now)), 400)
                        .get("detail")
                        .asText())
                .contains("from must be before to");
    }

    @Test
    void entriesAreKept400DaysUnlessConfiguredOtherwise() {
        assertThat(retention.period()).isEqualTo(Duration.ofDays(400));
    }

    @Test
    void theLogIsAppendOnlyEvenForTheSchemaOwner() {
        createVacancy("Append Only");

        Throwable refused = catchThrowable(() -> superuserSql("UPDATE audit_event SET action = 'SIGN_IN'"));

        assertThat(refused).hasMessageContaining("audit_event is append-only");
    }

    private JsonNode audit(String query) {
        return call(HttpRequest.GET("/api/v1/audit-events?" + query));
    }

    private static List<String> actions(JsonNode entries) {
        return StreamSupport.stream(entries.spliterator(), false)
                .map(e -> e.get("action").asText())
                .toList();
    }

    private static void superuserSql(String statement) {
        Map<String, String> db = TestPostgres.properties();
        try (var connection = DriverManager.getConnection(
                        db.get("datasources.default.url"),
                        db.get("datasources.default.username"),
                        db.get("datasources.default.password"));
                var run = connection.createStatement()) {
            run.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
