package io.hrassist.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hrassist.api.ApiTest;
import io.hrassist.api.TestPostgres;
import io.hrassist.api.domain.AccountStore;
import io.hrassist.api.domain.Actor;
import io.hrassist.api.domain.ConflictException;
import io.hrassist.api.domain.Role;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * There is always an active admin. Over HTTP an admin can only reach the last admin through themselves (refused on its
 * own), so this test acts for an admin whose own demotion raced with the request, in a database of its own where
 * {@code admin} is the only admin.
 */
@MicronautTest(transactional = false)
class LastAdminTest extends ApiTest {

    @Inject
    UserAccounts accounts;

    @Inject
    AccountStore users;

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(super.getProperties());
        properties.putAll(TestPostgres.anotherDatabase());
        return properties;
    }

    @Test
    void theLastActiveAdminIsNeitherDeactivatedNorDemoted() {
        var admin = users.findByUsername("admin").orElseThrow();
        var racing = new Actor("demoted-a-moment-ago", Role.ADMIN);

        assertThatThrownBy(() -> accounts.change(racing, admin.id(), UserChange.deactivation()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("admin is the last active admin");
        assertThatThrownBy(() -> accounts.change(racing, admin.id(), new UserChange(Role.RECRUITER, null, null, null)))
                .isInstanceOf(ConflictException.class);

        accounts.create(racing, new NewUser("deputy", "a long enough password", Role.ADMIN, null));
        accounts.change(racing, admin.id(), new UserChange(Role.RECRUITER, null, null, null));

        assertThat(UserAccounts.role(users.findByUsername("admin").orElseThrow()))
                .isEqualTo(Role.RECRUITER);
    }
}
