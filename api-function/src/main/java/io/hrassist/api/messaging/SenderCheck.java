package io.hrassist.api.messaging;

import jakarta.annotation.Nullable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/** Decides from a delivery's {@code Authorization} header whether its sender may deliver events here. */
interface SenderCheck {

    /** Why the sender is refused, if it is. */
    Optional<String> refusal(@Nullable String authorization);

    /** Senders that present {@code Bearer <token>}; without a token configured nobody gets in. */
    static SenderCheck token(@Nullable String token) {
        if (token == null || token.isBlank()) {
            return authorization -> Optional.of("The event ingest is closed: no HR_ASSIST_INGEST_TOKEN is configured.");
        }
        byte[] expected = ("Bearer " + token.strip()).getBytes(StandardCharsets.UTF_8);
        return authorization ->
                authorization != null && MessageDigest.isEqual(expected, authorization.getBytes(StandardCharsets.UTF_8))
                        ? Optional.empty()
                        : Optional.of("A delivery needs the ingest bearer token.");
    }

    /** Everyone: the network alone keeps strangers out. */
    static SenderCheck network() {
        return authorization -> Optional.empty();
    }
}
