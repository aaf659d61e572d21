package io.hrassist.api.security;

import io.hrassist.api.domain.AccountStore;
import io.hrassist.api.domain.Role;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.Nullable;
import java.util.List;

/**
 * The hiring managers a vacancy may be assigned to, for the people who assign them (recruiters may not list users):
 * only the active ones, and only their names.
 */
@Controller("/api/v1/hiring-managers")
@Secured({Role.ADMIN_NAME, Role.RECRUITER_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Users")
class HiringManagerController {

    private final AccountStore users;

    HiringManagerController(AccountStore users) {
        this.users = users;
    }

    @Get
    List<HiringManager> list() {
        return users.listActiveHiringManagers().stream()
                .map(u -> new HiringManager(u.username(), u.displayName()))
                .toList();
    }

    /** A hiring manager as listed for assignment. */
    @Introspected
    record HiringManager(String username, @Nullable String displayName) {}
}
