package io.hrassist.api.security;

import io.hrassist.api.domain.Account;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.HashMap;

/** Issues the bearer token of a new session, tied to the user's current token version. */
@Singleton
class Tokens {

    private final Sessions sessions;
    private final AccessRefreshTokenGenerator generator;

    Tokens(Sessions sessions, AccessRefreshTokenGenerator generator) {
        this.sessions = sessions;
        this.generator = generator;
    }

    /** The body {@code POST /login} answers with: {@code access_token}, {@code token_type}, {@code expires_in}. */
    Object issue(Account user) {
        var attributes = new HashMap<String, Object>(sessions.claimsOfNewSession(user.tokenVersion()));
        var authentication =
                Authentication.build(user.username(), Arrays.asList(user.roles().split(",")), attributes);
        return generator
                .generate(authentication)
                .orElseThrow(() -> new IllegalStateException("No token could be generated"));
    }
}
