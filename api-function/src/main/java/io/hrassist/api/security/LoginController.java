package io.hrassist.api.security;

import io.hrassist.api.db.UserRepository;
import io.hrassist.api.db.UserRow;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import jakarta.validation.Valid;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Optional;

/**
 * {@code POST /login {username, password}}: a bearer token for a known user with the right password. Throttled before
 * any hash is computed ({@link LoginThrottle}: 429 with {@code Retry-After}); an unknown user costs the same hash check
 * as a wrong password, so timing does not tell which one it was.
 */
@Controller("/login")
@Secured(SecurityRule.IS_ANONYMOUS)
class LoginController {

    private final UserRepository users;
    private final LoginThrottle throttle;
    private final Sessions sessions;
    private final AccessRefreshTokenGenerator tokens;
    private final ErrorResponseProcessor<?> errors;

    LoginController(
            UserRepository users,
            LoginThrottle throttle,
            Sessions sessions,
            AccessRefreshTokenGenerator tokens,
            ErrorResponseProcessor<?> errors) {
        this.users = users;
        this.throttle = throttle;
        this.sessions = sessions;
        this.tokens = tokens;
        this.errors = errors;
    }

    @Post
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> login(HttpRequest<?> request, @Valid @Body Credentials credentials) throws InterruptedException {
        Optional<String> tooLong = Passwords.tooLong(credentials.password());
        if (tooLong.isPresent()) {
            return problem(request, HttpResponse.badRequest(), tooLong.get());
        }
        String address = throttle.clientAddress(request);
        Optional<UserRow> user = users.findByUsername(credentials.username());
        Optional<Duration> wait = throttle.wait(address, user);
        if (wait.isPresent()) {
            return tooManyAttempts(request, wait.get());
        }
        Optional<Boolean> verified = throttle.check(() -> Passwords.verify(
                credentials.password(), user.map(UserRow::passwordHash).orElse(null)));
        if (verified.isEmpty()) {
            return tooManyAttempts(request, Duration.ofSeconds(1));
        }
        if (user.isEmpty() || !verified.get()) {
            throttle.failed(address, user);
            return problem(
                    request, HttpResponse.status(HttpStatus.UNAUTHORIZED), "The username or the password is wrong.");
        }
        throttle.succeeded(user.get());
        return HttpResponse.ok(token(user.get()));
    }

    private Object token(UserRow user) {
        var attributes = new HashMap<String, Object>(sessions.claimsOfNewSession(user.tokenVersion()));
        var authentication =
                Authentication.build(user.username(), Arrays.asList(user.roles().split(",")), attributes);
        return tokens.generate(authentication)
                .orElseThrow(() -> new IllegalStateException("No token could be generated"));
    }

    private MutableHttpResponse<?> tooManyAttempts(HttpRequest<?> request, Duration wait) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
        return problem(
                request,
                HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", Long.toString(seconds)),
                "Too many sign-in attempts; try again in " + seconds + " s.");
    }

    private MutableHttpResponse<?> problem(HttpRequest<?> request, MutableHttpResponse<?> response, String detail) {
        return errors.processResponse(
                ErrorContext.builder(request).errorMessage(detail).build(), response);
    }
}
