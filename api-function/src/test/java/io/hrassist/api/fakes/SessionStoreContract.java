package io.hrassist.api.fakes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link io.hrassist.api.domain.SessionStore} does. */
public abstract class SessionStoreContract extends PortContract {

    @Test
    void knowsTheTokenVersionsOfActiveUsersOnly() {
        String active = Rows.unique("dan-");
        String inactive = Rows.unique("eve-");
        UUID activeId = UUID.randomUUID();
        UUID inactiveId = UUID.randomUUID();
        ports.accounts().insertNew(activeId, active, "hash", "RECRUITER", null, HOUR_AGO);
        ports.accounts().insertNew(inactiveId, inactive, "hash", "RECRUITER", null, HOUR_AGO);
        ports.accounts().updatePassword(activeId, "new-hash");
        ports.accounts().updateAccount(inactiveId, "RECRUITER", null, false, false);

        assertThat(ports.sessions().tokenVersions()).containsEntry(active, 1).doesNotContainKey(inactive);
    }

    @Test
    void refusesARevokedTokenUntilItWouldHaveExpired() {
        String live = Rows.unique("token-");
        String expired = Rows.unique("token-");

        ports.sessions().revoke(live, Instant.now().plusSeconds(3600));
        ports.sessions().revoke(expired, Instant.now().minusSeconds(1));

        assertThat(ports.sessions().revokedTokens()).contains(live).doesNotContain(expired);
    }

    @Test
    void theFirstRevocationOfATokenHoldsUntilItIsForgotten() {
        String live = Rows.unique("token-");
        String expired = Rows.unique("token-");
        ports.sessions().revoke(live, Instant.now().plusSeconds(3600));
        ports.sessions().revoke(live, Instant.now().minusSeconds(1));
        ports.sessions().revoke(expired, Instant.now().minusSeconds(1));
        ports.sessions().revoke(expired, Instant.now().plusSeconds(3600));
        boolean expiredStillForgotten = !ports.sessions().revokedTokens().contains(expired);

        ports.sessions().forgetExpiredRevocations();
        ports.sessions().revoke(expired, Instant.now().plusSeconds(3600));

        assertThat(expiredStillForgotten).isTrue();
        assertThat(ports.sessions().revokedTokens()).contains(live, expired);
    }
}
