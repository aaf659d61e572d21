package io.hrassist.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hrassist.api.domain.AccountStore;
import io.hrassist.api.domain.AuditLog;
import io.hrassist.api.domain.AuditRetention;
import io.hrassist.api.domain.ForgetDeactivatedNames;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Users as an admin manages them, and what each change does to the user's sessions. */
@MicronautTest(transactional = false)
class UserApiTest extends ApiTest {

    @Inject
    AccountStore accounts;

    @Inject
    AuditLog audit;

    @Inject
    AuditRetention retention;

    private static final String PASSWORD = "a long enough password";

    @Test
    void anAdminCreatesListsReadsAndChangesAUser() {
        String name = unique("recruiter");
        HttpResponse<JsonNode> created = client.toBlocking()
                .exchange(
                        auth(HttpRequest.POST(
                                "/api/v1/users",
                                Map.of(
                                        "username",
                                        name,
                                        "password",
                                        PASSWORD,
                                        "role",
                                        "RECRUITER",
                                        "displayName",
                                        "Rita"))),
                        JsonNode.class);

        assertThat(created.code()).isEqualTo(201);
        String id = created.body().get("id").asText();
        assertThat(created.header("Location")).isEqualTo("/api/v1/users/" + id);
        assertThat(created.body().has("passwordHash")).isFalse();
        assertThat(call(HttpRequest.GET("/api/v1/users")))
                .anySatisfy(u -> assertThat(u.get("username").asText()).isEqualTo(name));
        assertThat(call(HttpRequest.GET("/api/v1/users/" + id))
                        .get("displayName")
                        .asText())
                .isEqualTo("Rita");

        JsonNode me = client.toBlocking()
                .retrieve(HttpRequest.GET("/api/v1/me").bearerAuth(signIn(name, PASSWORD)), JsonNode.class);
        assertThat(me.get("id").asText()).isEqualTo(id);
        assertThat(me.get("username").asText()).isEqualTo(name);
        assertThat(me.get("role").asText()).isEqualTo("RECRUITER");

        JsonNode changed = call(HttpRequest.PUT("/api/v1/users/" + id, Map.of("displayName", "Rita R.")));
        assertThat(changed.get("displayName").asText()).isEqualTo("Rita R.");
        assertThat(changed.get("role").asText()).isEqualTo("RECRUITER");
        assertThat(changed.get("active").asBoolean()).isTrue();
    }

    @Test
    void aRecruiterListsTheActiveHiringManagersByNameOnly() {
        String active = unique("manager");
        String gone = unique("manager");
        call(newUser(active, PASSWORD, "HIRING_MANAGER"));
        String goneId =
                call(newUser(gone, PASSWORD, "HIRING_MANAGER")).get("id").asText();
        call(newUser(unique("recruiter"), PASSWORD, "RECRUITER"));
        client.toBlocking().exchange(auth(HttpRequest.DELETE("/api/v1/users/" + goneId)));
        String recruiter = unique("recruiter");
        call(newUser(recruiter, PASSWORD, "RECRUITER"));

        JsonNode listed = client.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/v1/hiring-managers").bearerAuth(signIn(recruiter, PASSWORD)),
                        JsonNode.class);

        assertThat(listed.findValuesAsText("username")).contains(active).doesNotContain(gone, recruiter);
        assertThat(listed.get(0).has("id")).isFalse();
        assertThat(listed.get(0).has("role")).isFalse();
    }

    @Test
    void theFirstAdminIsAnAdmin() {
        JsonNode me = call(HttpRequest.GET("/api/v1/me"));

        assertThat(me.get("username").asText()).isEqualTo("admin");
        assertThat(me.get("role").asText()).isEqualTo("ADMIN");
    }

    @Test
    void rejectsBadUsernamesWeakPasswordsUnknownRolesAndTakenNames() throws Exception {
        for (String bad : new String[] {"ab", "Anna", "anna smith", "-anna", "x".repeat(65), "anna!"}) {
            JsonNode problem = problem(newUser(bad, PASSWORD, "RECRUITER"), 400);
            assertThat(problem.get("detail").asText()).as(bad).contains("a username has 3 to 64 characters");
        }
        assertThat(problem(newUser(unique("weak"), "short", "RECRUITER"), 400)
                        .get("detail")
                        .asText())
                .contains("at least 12 characters");
        assertThat(problem(newUser(unique("boss"), PASSWORD, "BOSS"), 400)
                        .get("detail")
                        .asText())
                .contains("BOSS");
        problem(
                auth(HttpRequest.POST("/api/v1/users", Map.of("username", unique("norole"), "password", PASSWORD))),
                400);

        String taken = unique("taken");
        call(newUser(taken, PASSWORD, "RECRUITER"));
        assertThat(problem(newUser(taken, PASSWORD, "HIRING_MANAGER"), 409)
                        .get("detail")
                        .asText())
                .contains(taken + " is taken");
        problem(auth(HttpRequest.GET("/api/v1/users/" + UUID.randomUUID())), 404);
    }

    @Test
    void aDeactivatedUsersTokenIsRefusedAtOnceAndTheyCannotSignIn() throws Exception {
        String name = unique("leaver");
        String id = call(newUser(name, PASSWORD, "RECRUITER")).get("id").asText();
        String token = signIn(name, PASSWORD);
        assertThat(statusOf(HttpRequest.GET("/api/v1/vacancies").bearerAuth(token)))
                .isEqualTo(200);

        assertThat(statusOf(auth(HttpRequest.DELETE("/api/v1/users/" + id)))).isEqualTo(204);

        problem(HttpRequest.GET("/api/v1/vacancies").bearerAuth(token), 401);
        JsonNode refused = problem(HttpRequest.POST("/login", Map.of("username", name, "password", PASSWORD)), 401);
        JsonNode wrong =
                problem(HttpRequest.POST("/login", Map.of("username", name, "password", "wrong password")), 401);
        assertThat(refused.get("detail")).isEqualTo(wrong.get("detail"));
        assertThat(call(HttpRequest.GET("/api/v1/users/" + id)).get("active").asBoolean())
                .isFalse();

        call(HttpRequest.PUT("/api/v1/users/" + id, Map.of("active", true)));
        assertThat(statusOf(HttpRequest.GET("/api/v1/vacancies").bearerAuth(signIn(name, PASSWORD))))
                .isEqualTo(200);
    }

    @Test
    void aNewRoleEndsTheUsersSessionsAndTheNextSignInCarriesIt() throws Exception {
        String name = unique("mover");
        String id = call(newUser(name, PASSWORD, "RECRUITER")).get("id").asText();
        String token = signIn(name, PASSWORD);

        call(HttpRequest.PUT("/api/v1/users/" + id, Map.of("role", "HIRING_MANAGER")));

        problem(HttpRequest.GET("/api/v1/me").bearerAuth(token), 401);
        JsonNode me = client.toBlocking()
                .retrieve(HttpRequest.GET("/api/v1/me").bearerAuth(signIn(name, PASSWORD)), JsonNode.class);
        assertThat(me.get("role").asText()).isEqualTo("HIRING_MANAGER");
    }

    @Test
    void anAdminSetsANewPasswordWhichEndsTheUsersSessions() throws Exception {
        String name = unique("forgetful");
        String id = call(newUser(name, PASSWORD, "HIRING_MANAGER")).get("id").asText();
        String token = signIn(name, PASSWORD);

        problem(auth(HttpRequest.PUT("/api/v1/users/" + id, Map.of("password", "short"))), 400);
        call(HttpRequest.PUT("/api/v1/users/" + id, Map.of("password", "another long password")));

        problem(HttpRequest.GET("/api/v1/me").bearerAuth(token), 401);
        problem(HttpRequest.POST("/login", Map.of("username", name, "password", PASSWORD)), 401);
        assertThat(statusOf(HttpRequest.GET("/api/v1/me").bearerAuth(signIn(name, "another long password"))))
                .isEqualTo(200);
    }

    @Test
    void anAdminCannotDemoteOrDeactivateThemselves() throws Exception {
        String name = unique("second-admin");
        String id = call(newUser(name, PASSWORD, "ADMIN")).get("id").asText();
        String token = signIn(name, PASSWORD);

        JsonNode problem = problem(HttpRequest.DELETE("/api/v1/users/" + id).bearerAuth(token), 409);
        assertThat(problem.get("detail").asText()).contains("deactivate yourself");
        problem(
                HttpRequest.PUT("/api/v1/users/" + id, Map.of("role", "RECRUITER"))
                        .bearerAuth(token),
                409);
        assertThat(statusOf(HttpRequest.GET("/api/v1/users").bearerAuth(token))).isEqualTo(200);
    }

    @Test
    void aUserChangesTheirOwnPasswordWithTheOldOneAndKeepsOnlyTheNewSession() throws Exception {
        String name = unique("changer");
        call(newUser(name, PASSWORD, "RECRUITER"));
        String token = signIn(name, PASSWORD);
        String other = signIn(name, PASSWORD);

        assertThat(problem(changeOwn(token, "wrong old password", "a brand new password"), 401)
                        .get("detail")
                        .asText())
                .contains("old password is wrong");
        assertThat(problem(changeOwn(token, PASSWORD, "too short"), 400)
                        .get("detail")
                        .asText())
                .contains("at least 12");
        problem(changeOwn(token, PASSWORD, PASSWORD), 400);
        problem(
                HttpRequest.PUT("/api/v1/me/password", Map.of("newPassword", "a brand new password"))
                        .bearerAuth(token),
                400);

        JsonNode fresh =
                client.toBlocking().retrieve(changeOwn(token, PASSWORD, "a brand new password"), JsonNode.class);

        problem(HttpRequest.GET("/api/v1/me").bearerAuth(token), 401);
        problem(HttpRequest.GET("/api/v1/me").bearerAuth(other), 401);
        assertThat(statusOf(HttpRequest.GET("/api/v1/me")
                        .bearerAuth(fresh.get("access_token").asText())))
                .isEqualTo(200);
        problem(HttpRequest.POST("/login", Map.of("username", name, "password", PASSWORD)), 401);
        assertThat(signIn(name, "a brand new password")).isNotBlank();
    }

    @Test
    void onlyAdminsManageUsers() throws Exception {
        String name = unique("curious");
        call(newUser(name, PASSWORD, "RECRUITER"));
        String token = signIn(name, PASSWORD);

        JsonNode problem = problem(HttpRequest.GET("/api/v1/users").bearerAuth(token), 403);
        assertThat(problem.get("status").asInt()).isEqualTo(403);
        problem(
                HttpRequest.POST(
                                "/api/v1/users",
                                Map.of("username", unique("sneaky"), "password", PASSWORD, "role", "ADMIN"))
                        .bearerAuth(token),
                403);
    }

    @Test
    void aDeactivatedUsersDisplayNameIsClearedOnceTheAuditRetentionPeriodHasPassed() throws Exception {
        String gone = unique("leaver");
        String back = unique("returner");
        String goneId = call(HttpRequest.POST(
                        "/api/v1/users",
                        Map.of("username", gone, "password", PASSWORD, "role", "RECRUITER", "displayName", "Lea Ver")))
                .get("id")
                .asText();
        String backId = call(HttpRequest.POST(
                        "/api/v1/users",
                        Map.of(
                                "username",
                                back,
                                "password",
                                PASSWORD,
                                "role",
                                "RECRUITER",
                                "displayName",
                                "Ret Urner")))
                .get("id")
                .asText();
        client.toBlocking().exchange(auth(HttpRequest.DELETE("/api/v1/users/" + goneId)));
        client.toBlocking().exchange(auth(HttpRequest.DELETE("/api/v1/users/" + backId)));
        call(HttpRequest.PUT("/api/v1/users/" + backId, Map.of("active", true)));
        Duration period = retention.period();

        assertThat(forgetNamesAt(Instant.now().plus(period).minus(Duration.ofDays(1))))
                .isZero();
        assertThat(call(HttpRequest.GET("/api/v1/users/" + goneId))
                        .get("displayName")
                        .asText())
                .isEqualTo("Lea Ver");
        assertThat(forgetNamesAt(Instant.now().plus(period).plus(Duration.ofDays(1))))
                .isPositive();

        JsonNode leaver = call(HttpRequest.GET("/api/v1/users/" + goneId));
        assertThat(leaver.path("displayName").isMissingNode()
                        || leaver.get("displayName").isNull())
                .isTrue();
        assertThat(leaver.get("username").asText()).as("the name stays taken").isEqualTo(gone);
        assertThat(call(HttpRequest.GET("/api/v1/users/" + backId))
                        .get("displayName")
                        .asText())
                .as("reactivated")
                .isEqualTo("Ret Urner");
        JsonNode entry = call(HttpRequest.GET("/api/v1/audit-events?object=" + goneId + "&action=USER_CHANGED"))
                .get(0);
        assertThat(entry.path("actor").isMissingNode() || entry.get("actor").isNull())
                .isTrue();
        assertThat(entry.get("detail").toString()).contains("RETENTION").doesNotContain("Lea Ver");
    }

    private int forgetNamesAt(Instant now) {
        return new ForgetDeactivatedNames(accounts, audit, Clock.fixed(now, ZoneOffset.UTC), retention).run();
    }

    private io.micronaut.http.MutableHttpRequest<?> newUser(String username, String password, String role) {
        return auth(
                HttpRequest.POST("/api/v1/users", Map.of("username", username, "password", password, "role", role)));
    }

    private static io.micronaut.http.MutableHttpRequest<?> changeOwn(
            String token, String oldPassword, String newPassword) {
        return HttpRequest.PUT("/api/v1/me/password", Map.of("oldPassword", oldPassword, "newPassword", newPassword))
                .bearerAuth(token);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    }
}
