package io.hrassist.api.security;

import io.hrassist.api.domain.AccountStore;
import io.hrassist.api.domain.Actor;
import io.hrassist.api.domain.Role;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Users, for admins: create with one role, list, read, change (role, display name, active, a new password), and
 * {@code DELETE}, which deactivates: the name stays taken and the audit trail keeps pointing at a real account, so
 * nobody new inherits an old user's assignments or history; {@code PUT {active: true}} brings the user back. Changes
 * that end sessions take effect on this replica at once (on others within the session reload period).
 */
@Controller("/api/v1/users")
@Secured(Role.ADMIN_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Users")
class UserController {

    private final UserAccounts accounts;
    private final AccountStore users;
    private final Sessions sessions;

    UserController(UserAccounts accounts, AccountStore users, Sessions sessions) {
        this.accounts = accounts;
        this.users = users;
        this.sessions = sessions;
    }

    @Post
    HttpResponse<UserView> create(@Valid @Body NewUser user, Authentication authentication) {
        UserView created = UserView.of(accounts.create(actor(authentication), user));
        return HttpResponse.created(created, URI.create("/api/v1/users/" + created.id()));
    }

    @Get
    List<UserView> list() {
        return users.listAll().stream().map(UserView::of).toList();
    }

    @Get("/{id}")
    UserView get(UUID id) {
        return UserView.of(accounts.find(id));
    }

    @Put("/{id}")
    UserView change(UUID id, @Valid @Body UserChange change, Authentication authentication) {
        UserView changed = UserView.of(accounts.change(actor(authentication), id, change));
        sessions.reloadNow();
        return changed;
    }

    @Delete("/{id}")
    HttpResponse<Void> deactivate(UUID id, Authentication authentication) {
        accounts.change(actor(authentication), id, UserChange.deactivation());
        sessions.reloadNow();
        return HttpResponse.noContent();
    }

    private static Actor actor(Authentication authentication) {
        return Actor.of(authentication.getName(), authentication.getRoles());
    }
}
