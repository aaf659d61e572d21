package io.hrassist.api.security;

import io.hrassist.api.domain.Account;
import io.hrassist.api.domain.AccountStore;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code POST /login {username, password}}: a bearer token for an active user with the right password. Throttled
 * before any hash is computed ({@link LoginThrottle}: 429 with {@code Retry-After}); an unknown or deactivated user
 * costs the same hash check and gets the same answer as a wrong password, so neither timing nor answer tells which one
 * it was. Every answered attempt is audited ({@link SignInAudit}).
 */
@Controller("/login")
@Secured(SecurityRule.IS_ANONYMOUS)
class LoginController {

    private static final String WRONG = "The username or the password is wrong.";

    private final AccountStore users;
    private final LoginThrottle throttle;
    private final Tokens tokens;
    private final Problems problems;
    private final SignInAudit audit;

    LoginController(AccountStore users, LoginThrottle throttle, Tokens tokens, Problems problems, SignInAudit audit) {
        this.users = users;
        this.throttle = throttle;
        this.tokens = tokens;
        this.problems = problems;
        this.audit = audit;
    }

    @Post
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> login(HttpRequest<?> request, @Valid @Body Credentials credentials) throws InterruptedException {
        Optional<String> tooLong = Passwords.tooLong(credentials.password());
        if (tooLong.isPresent()) {
            return problems.of(request, HttpStatus.BAD_REQUEST, tooLong.get());
        }
        String address = throttle.clientAddress(request);
        Optional<Account> known = users.findByUsername(credentials.username());
        Optional<Account> user = known.filter(Account::active);
        Optional<Duration> wait = throttle.wait(address, user);
        if (wait.isPresent()) {
            return problems.tooManyAttempts(request, wait.get());
        }
        Optional<Boolean> verified = throttle.check(() -> Passwords.verify(
                credentials.password(), user.map(Account::passwordHash).orElse(null)));
        if (verified.isEmpty()) {
            return problems.tooManyAttempts(request, Duration.ofSeconds(1));
        }
        if (user.isEmpty() || !verified.get()) {
            throttle.failed(address, user);
            audit.failed(credentials.username(), known, user.isPresent());
            return problems.of(request, HttpStatus.UNAUTHORIZED, WRONG);
        }
        throttle.succeeded(user.get());
        audit.signedIn(user.get());
        return HttpResponse.ok(tokens.issue(user.get()));
    }
}
