package io.hrassist.api.security;

import io.hrassist.api.domain.SessionStore;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which sessions are still valid: a token names its session ({@code sid}) and its user's token version ({@code ver});
 * signing out revokes the session, and raising a user's version ends all their sessions. The state is kept in memory
 * and reloaded from PostgreSQL every {@code hr-assist.sessions.refresh} (2 s), so that checking a token never waits for
 * the database, and other replicas learn of a revocation within that time (this one at once). A token newer than
 * what is known (a user created or re-versioned since the last reload) makes it reload at once, so that a fresh sign-in
 * is never refused. Only active users have a version: the tokens of a deactivated user are refused.
 */
@Singleton
class Sessions implements GenericJwtClaimsValidator<HttpRequest<?>> {

    static final String SESSION = "sid";
    static final String VERSION = "ver";
    private static final Logger LOG = LoggerFactory.getLogger(Sessions.class);

    private final SessionStore store;
    private final Set<String> revoked = ConcurrentHashMap.newKeySet();
    private volatile Map<String, Integer> versions;

    Sessions(SessionStore store) {
        this.store = store;
    }

    /** The claims that tie a new token to a new session, for a user at {@code tokenVersion}. */
    Map<String, Object> claimsOfNewSession(int tokenVersion) {
        return Map.of(SESSION, UUID.randomUUID().toString(), VERSION, tokenVersion);
    }

    @Override
    public boolean validate(Claims claims, @Nullable HttpRequest<?> request) {
        Object session = claims.get(SESSION);
        Object version = claims.get(VERSION);
        if (session == null || !(version instanceof Number number) || revoked.contains(session.toString())) {
            return false;
        }
        String user = String.valueOf(claims.get(Claims.SUBJECT));
        Integer current = versions().get(user);
        if (current == null || current < number.intValue()) {
            load();
            current = versions.get(user);
        }
        return current != null && current == number.intValue();
    }

    /** Ends the session of a token that expires at {@code expiresAt}. */
    synchronized void revoke(String session, Instant expiresAt) {
        store.revoke(session, expiresAt);
        revoked.add(session);
    }

    /** Learns at once of users changed here (deactivated, another role, a new password), not at the next reload. */
    void reloadNow() {
        load();
    }

    @Scheduled(fixedDelay = "${hr-assist.sessions.refresh:2s}", initialDelay = "${hr-assist.sessions.refresh:2s}")
    void refresh() {
        try {
            load();
            store.forgetExpiredRevocations();
        } catch (RuntimeException e) {
            LOG.warn("Reloading sessions failed ({}); keeping what is known", e.toString());
        }
    }

    private Map<String, Integer> versions() {
        if (versions == null) {
            load();
        }
        return versions;
    }

    private synchronized void load() {
        Set<String> current = store.revokedTokens();
        revoked.addAll(current);
        revoked.retainAll(current);
        versions = store.tokenVersions();
    }
}
