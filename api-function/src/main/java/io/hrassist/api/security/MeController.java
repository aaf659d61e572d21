package io.hrassist.api.security;

import io.hrassist.api.domain.Account;
import io.hrassist.api.domain.AccountStore;
import io.hrassist.api.domain.NotFoundException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Duration;
import java.util.Optional;

/**
 * The signed-in user: who they are ({@code GET /api/v1/me}) and a new password ({@code PUT /api/v1/me/password}). A
 * password change needs the old password, counts a wrong one like a failed sign-in (so a stolen token cannot be used
 * to guess it), ends every session of the user, and answers with a fresh token for the caller, who stays signed in.
 */
@Controller("/api/v1/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Users")
class MeController {

    private final AccountStore users;
    private final UserAccounts accounts;
    private final LoginThrottle throttle;
    private final Sessions sessions;
    private final Tokens tokens;
    private final Problems problems;

    MeController(
            AccountStore users,
            UserAccounts accounts,
            LoginThrottle throttle,
            Sessions sessions,
            Tokens tokens,
            Problems problems) {
        this.users = users;
        this.accounts = accounts;
        this.throttle = throttle;
        this.sessions = sessions;
        this.tokens = tokens;
        this.problems = problems;
    }

    @Get
    UserView me(Authentication authentication) {
        return UserView.of(user(authentication));
    }

    @Put("/password")
    HttpResponse<?> changePassword(
            HttpRequest<?> request, @Valid @Body PasswordChange change, Authentication authentication)
            throws InterruptedException {
        UserAccounts.acceptable(change.newPassword());
        Optional<String> tooLong = Passwords.tooLong(change.oldPassword());
        if (tooLong.isPresent()) {
            return problems.of(request, HttpStatus.BAD_REQUEST, tooLong.get());
        }
        if (change.newPassword().equals(change.oldPassword())) {
            return problems.of(request, HttpStatus.BAD_REQUEST, "The new password must differ from the old one.");
        }
        Account user = user(authentication);
        String address = throttle.clientAddress(request);
        Optional<Duration> wait = throttle.wait(address, Optional.of(user));
        if (wait.isPresent()) {
            return problems.tooManyAttempts(request, wait.get());
        }
        Optional<Boolean> verified = throttle.check(() -> Passwords.verify(change.oldPassword(), user.passwordHash()));
        if (verified.isEmpty()) {
            return problems.tooManyAttempts(request, Duration.ofSeconds(1));
        }
        if (!verified.get()) {
            throttle.failed(address, Optional.of(user));
            return problems.of(request, HttpStatus.UNAUTHORIZED, "The old password is wrong.");
        }
        Account changed = accounts.changeOwnPassword(user, change.newPassword());
        sessions.reloadNow();
        return HttpResponse.ok(tokens.issue(changed));
    }

    private Account user(Authentication authentication) {
        return users.findByUsername(authentication.getName())
                .orElseThrow(() -> new NotFoundException("User", authentication.getName()));
    }
}
