package io.hrassist.api.security;

import io.hrassist.api.domain.AccountStore;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.time.Instant;

/** {@code POST /logout}: ends the session of the bearer token it is called with; the token stops working at once. */
@Controller("/logout")
@Secured(SecurityRule.IS_AUTHENTICATED)
class LogoutController {

    private final Sessions sessions;
    private final AccountStore users;
    private final SignInAudit audit;

    LogoutController(Sessions sessions, AccountStore users, SignInAudit audit) {
        this.sessions = sessions;
        this.users = users;
        this.audit = audit;
    }

    @Post
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<Void> logout(Authentication authentication) {
        Object session = authentication.getAttributes().get(Sessions.SESSION);
        Object expires = authentication.getAttributes().get("exp");
        if (session != null) {
            Instant expiresAt = expires instanceof Number seconds
                    ? Instant.ofEpochSecond(seconds.longValue())
                    : Instant.now().plusSeconds(86_400);
            sessions.revoke(session.toString(), expiresAt);
            users.findByUsername(authentication.getName()).ifPresent(audit::signedOut);
        }
        return HttpResponse.noContent();
    }
}
