package io.hrassist.api.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** What ends sessions before their tokens expire: token versions per user and revoked token ids. */
public interface SessionStore {

    /** Token versions of the users who may sign in: a token of an inactive user is refused like an unknown one. */
    Map<String, Integer> tokenVersions();

    /** Refuses the token {@code tokenId} until it would have expired anyway. */
    void revoke(String tokenId, Instant expiresAt);

    /** The revoked tokens that have not expired yet. */
    Set<String> revokedTokens();

    void forgetExpiredRevocations();
}
