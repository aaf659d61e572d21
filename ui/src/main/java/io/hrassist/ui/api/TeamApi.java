package io.hrassist.ui.api;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.uri.UriBuilder;
import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The hiring team at the Core API: who is signed in, their password, the users (admins) and the audit log. */
@Singleton
public class TeamApi {

    private static final String USERS = ApiClient.V1 + "/users";

    private final ApiClient client;

    TeamApi(ApiClient client) {
        this.client = client;
    }

    /** The signed-in user; throws {@link SessionExpired} when the token no longer works. */
    public User me(String token) {
        return client.call(HttpRequest.GET(ApiClient.V1 + "/me"), token, Argument.of(User.class));
    }

    /**
     * Sets a new password (the old one required); answers the fresh token, as the other sessions end. A wrong old
     * password is an {@link ApiProblem} with status 401, not the end of the session.
     */
    public String changePassword(String token, String oldPassword, String newPassword) {
        var body = Map.of("oldPassword", oldPassword, "newPassword", newPassword);
        var request = HttpRequest.PUT(ApiClient.V1 + "/me/password", body)
                .bearerAuth(token)
                .accept(MediaType.APPLICATION_JSON_TYPE);
        return client.send(request, Argument.mapOf(String.class, Object.class), true)
                .get("access_token")
                .toString();
    }

    public List<User> users(String token) {
        return client.call(HttpRequest.GET(USERS), token, Argument.listOf(User.class));
    }

    public User user(String token, UUID id) {
        return client.call(HttpRequest.GET(USERS + "/" + id), token, Argument.of(User.class));
    }

    public User create(String token, String username, String displayName, String role, String password) {
        var body = Map.of("username", username, "displayName", displayName, "role", role, "password", password);
        return client.call(HttpRequest.POST(USERS, body), token, Argument.of(User.class));
    }

    /** Changes what {@code change} names: {@code role}, {@code displayName} ({@code ""} removes it), {@code active}. */
    public User change(String token, UUID id, Map<String, Object> change) {
        return client.call(HttpRequest.PUT(USERS + "/" + id, change), token, Argument.of(User.class));
    }

    /** The audit log, newest first, filtered by the non-blank {@code filters} the API knows. */
    public List<AuditEvent> audit(String token, Map<String, String> filters, int limit) {
        var uri = UriBuilder.of(ApiClient.V1 + "/audit-events").queryParam("limit", limit);
        filters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                uri.queryParam(name, value.strip());
            }
        });
        return client.call(HttpRequest.GET(uri.build()), token, Argument.listOf(AuditEvent.class));
    }

    /** The active hiring managers a vacancy may be assigned to (admins and recruiters may ask). */
    public List<User> hiringManagers(@Nullable String token) {
        if (token == null) {
            return List.of();
        }
        return client
                .call(HttpRequest.GET(ApiClient.V1 + "/hiring-managers"), token, Argument.listOf(HiringManager.class))
                .stream()
                .map(m -> new User(null, m.username(), m.displayName(), "HIRING_MANAGER", true))
                .toList();
    }

    /** A hiring manager as the API lists them for assignment: names only. */
    @Introspected
    record HiringManager(String username, @Nullable String displayName) {}
}
