package io.hrassist.api.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Optional;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * Password policy, hashing (bcrypt) and generation. The cost, 10 (OWASP's floor for bcrypt), keeps a sign-in at ~0.1 s
 * of a C1-compiled core, the API's first sign-in after a start from zero included; wrong guesses are slowed by
 * LoginThrottle, not by the hash. Hashes made at another cost (12 before) keep it: bcrypt reads it from the hash.
 */
final class Passwords {

    static final int COST = 10;
    static final int MIN_LENGTH = 12;
    /** bcrypt reads at most 72 bytes; a longer password would be cut silently. */
    static final int MAX_BYTES = 72;

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * A missing user is checked against this hash of a random password nobody kept, at {@link #COST}, so that the
     * answer takes as long as for a real user. A constant, not hashed at class init: a start from zero would pay a
     * second bcrypt on its first sign-in.
     */
    private static final String DUMMY_HASH = "$2a$10$qLAa8eNfLrIS9UrnGyMYZOVQwdy/GnPlaQ9rpTOyg2ItedHuQsVhG";

    private Passwords() {}

    /** Why {@code password} may not be chosen, if it may not. */
    static Optional<String> weakness(String password) {
        if (password.length() < MIN_LENGTH) {
            return Optional.of("A password needs at least " + MIN_LENGTH + " characters.");
        }
        return tooLong(password);
    }

    /** Why {@code password} cannot even be checked, if it cannot. */
    static Optional<String> tooLong(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES
                ? Optional.of("A password has at most " + MAX_BYTES + " bytes (UTF-8).")
                : Optional.empty();
    }

    static String hash(String password) {
        return BCrypt.hashpw(password, BCrypt.gensalt(COST, RANDOM));
    }

    /** Whether {@code password} matches {@code hash}; a missing user is checked against a dummy hash (same cost). */
    static boolean verify(String password, String hash) {
        return BCrypt.checkpw(password, hash == null ? DUMMY_HASH : hash);
    }

    static String generate() {
        var password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
