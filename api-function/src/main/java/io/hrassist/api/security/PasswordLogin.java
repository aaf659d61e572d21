package io.hrassist.api.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.hrassist.api.db.UserRepository;
import io.hrassist.api.db.UserRow;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Checks a username and password against the bcrypt hash in PostgreSQL, on the blocking pool. An unknown user costs
 * the same hash check as a wrong password, so timing does not tell which one it was.
 */
@Singleton
class PasswordLogin<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    private static final String DUMMY_HASH = new String(
            BCrypt.withDefaults().hash(Passwords.COST, "no such user".toCharArray()), StandardCharsets.UTF_8);

    private final UserRepository users;

    PasswordLogin(UserRepository users) {
        this.users = users;
    }

    @Override
    public String getExecutorName() {
        return TaskExecutors.BLOCKING;
    }

    @Override
    public AuthenticationResponse authenticate(
            HttpRequest<B> request, AuthenticationRequest<String, String> authenticationRequest) {
        String username = authenticationRequest.getIdentity();
        String password = authenticationRequest.getSecret();
        Optional<UserRow> user = username == null ? Optional.empty() : users.findByUsername(username);
        String hash = user.map(UserRow::passwordHash).orElse(DUMMY_HASH);
        boolean verified = password != null && BCrypt.verifyer().verify(password.toCharArray(), hash).verified;
        if (user.isEmpty() || !verified) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        return AuthenticationResponse.success(
                username, Arrays.asList(user.get().roles().split(",")));
    }
}
