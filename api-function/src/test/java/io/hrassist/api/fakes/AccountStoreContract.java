package io.hrassist.api.fakes;

import static org.assertj.core.api.Assertions.assertThat;

import io.hrassist.api.domain.Account;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link io.hrassist.api.domain.AccountStore} (and {@link io.hrassist.api.domain.UserDirectory}) does. */
public abstract class AccountStoreContract extends PortContract {

    private UUID insert(String username, String roles) {
        UUID id = UUID.randomUUID();
        assertThat(ports.accounts().insertNew(id, username, "hash-" + username, roles, null, HOUR_AGO))
                .isTrue();
        return id;
    }

    private Account account(UUID id) {
        return ports.accounts().findById(id).orElseThrow();
    }

    @Test
    void createsAnActiveAccountOncePerUsername() {
        String name = Rows.unique("ann-");
        long before = ports.accounts().count();
        UUID id = UUID.randomUUID();

        boolean created = ports.accounts().insertNew(id, name, "hash", "RECRUITER", "Ann", HOUR_AGO);
        boolean again = ports.accounts().insertNew(UUID.randomUUID(), name, "other", "ADMIN", null, HOUR_AGO);
        boolean absent = ports.accounts().insertIfAbsent(UUID.randomUUID(), name, "other", "ADMIN", HOUR_AGO);

        assertThat(created).isTrue();
        assertThat(again).isFalse();
        assertThat(absent).isFalse();
        assertThat(ports.accounts().count()).isEqualTo(before + 1);
        assertThat(ports.accounts().findByUsername(name))
                .contains(new Account(id, name, "hash", "RECRUITER", HOUR_AGO, 0, 0, null, "Ann", true));
        assertThat(ports.accounts().findById(id)).isEqualTo(ports.accounts().findByUsername(name));
        assertThat(ports.accounts().findByUsername(Rows.unique("nobody-"))).isEmpty();
        assertThat(ports.accounts().findById(UUID.randomUUID())).isEmpty();
    }

    @Test
    void createsTheFirstAdminUnlessTheNameIsTaken() {
        String name = Rows.unique("root-");
        UUID id = UUID.randomUUID();

        assertThat(ports.accounts().insertIfAbsent(id, name, "hash", "ADMIN,RECRUITER", HOUR_AGO))
                .isTrue();
        assertThat(ports.accounts().insertIfAbsent(UUID.randomUUID(), name, "hash", "ADMIN", HOUR_AGO))
                .isFalse();
        assertThat(account(id).roles()).isEqualTo("ADMIN,RECRUITER");
        assertThat(account(id).displayName()).isNull();
    }

    @Test
    void listsAccountsAndActiveHiringManagersByUsername() {
        String prefix = Rows.unique("team-");
        insert(prefix + "-b", "HIRING_MANAGER");
        insert(prefix + "-a", "HIRING_MANAGER");
        UUID gone = insert(prefix + "-c", "HIRING_MANAGER");
        insert(prefix + "-d", "RECRUITER");
        ports.accounts().updateAccount(gone, "HIRING_MANAGER", null, false, true);

        assertThat(usernames(ports.accounts().listAll(), prefix))
                .containsExactly(prefix + "-a", prefix + "-b", prefix + "-c", prefix + "-d");
        assertThat(usernames(ports.accounts().listActiveHiringManagers(), prefix))
                .containsExactly(prefix + "-a", prefix + "-b");
        assertThat(ports.directory()
                        .activeHiringManagers(
                                List.of(prefix + "-a", prefix + "-c", prefix + "-d", prefix + "-unknown")))
                .containsExactly(prefix + "-a");
    }

    private static List<String> usernames(List<Account> accounts, String prefix) {
        return accounts.stream()
                .map(Account::username)
                .filter(name -> name.startsWith(prefix))
                .toList();
    }

    @Test
    void changesAnAccountAndEndsItsSessionsOnlyWhenAsked() {
        UUID id = insert(Rows.unique("bob-"), "RECRUITER");

        ports.accounts().updateAccount(id, "HIRING_MANAGER", "Bob", true, false);
        Account kept = account(id);
        ports.accounts().updateAccount(id, "HIRING_MANAGER", null, false, true);
        Account ended = account(id);

        assertThat(kept.roles()).isEqualTo("HIRING_MANAGER");
        assertThat(kept.displayName()).isEqualTo("Bob");
        assertThat(kept.tokenVersion()).isZero();
        assertThat(ended.tokenVersion()).isEqualTo(1);
        assertThat(ended.active()).isFalse();
        assertThat(ended.displayName()).isNull();
    }

    @Test
    void forgetsTheDisplayNamesOfUsersDeactivatedBeforeTheCutoff() {
        UUID gone = insert(Rows.unique("dora-"), "RECRUITER");
        UUID back = insert(Rows.unique("eve-"), "RECRUITER");
        UUID active = insert(Rows.unique("fay-"), "RECRUITER");
        ports.accounts().updateAccount(gone, "RECRUITER", "Dora", false, true);
        ports.accounts().updateAccount(back, "RECRUITER", "Eve", false, true);
        ports.accounts().updateAccount(back, "RECRUITER", "Eve", true, false);
        ports.accounts().updateAccount(active, "RECRUITER", "Fay", true, false);

        assertThat(ports.accounts().forgetNamesDeactivatedBefore(Instant.now().minusSeconds(3600)))
                .doesNotContain(gone);
        assertThat(account(gone).displayName()).isEqualTo("Dora");
        List<UUID> forgotten =
                ports.accounts().forgetNamesDeactivatedBefore(Instant.now().plusSeconds(60));

        assertThat(forgotten).contains(gone).doesNotContain(back, active);
        assertThat(account(gone).displayName()).isNull();
        assertThat(account(gone).username()).startsWith("dora-");
        assertThat(account(back).displayName()).isEqualTo("Eve");
        assertThat(account(active).displayName()).isEqualTo("Fay");
        assertThat(ports.accounts().forgetNamesDeactivatedBefore(Instant.now().plusSeconds(60)))
                .doesNotContain(gone);
    }

    @Test
    void aNewPasswordEndsEverySessionAndLiftsTheLock() {
        String name = Rows.unique("carol-");
        UUID id = insert(name, "RECRUITER");
        Instant lockedUntil = Instant.now().plusSeconds(900).truncatedTo(java.time.temporal.ChronoUnit.MICROS);

        ports.accounts().updateLoginFailures(name, 5, lockedUntil);
        Account locked = account(id);
        ports.accounts().updatePassword(id, "new-hash");
        Account unlocked = account(id);

        assertThat(locked.failedLogins()).isEqualTo(5);
        assertThat(locked.lockedUntil()).isEqualTo(lockedUntil);
        assertThat(unlocked.passwordHash()).isEqualTo("new-hash");
        assertThat(unlocked.tokenVersion()).isEqualTo(1);
        assertThat(unlocked.failedLogins()).isZero();
        assertThat(unlocked.lockedUntil()).isNull();
    }

    @Test
    void countsActiveAdminsOnly() {
        UUID admin = insert(Rows.unique("root-"), "ADMIN");
        UUID firstAdmin = insert(Rows.unique("root-"), "ADMIN,RECRUITER");
        UUID retired = insert(Rows.unique("root-"), "ADMIN");
        UUID recruiter = insert(Rows.unique("ADMINISTRATOR-"), "RECRUITER");
        ports.accounts().updateAccount(retired, "ADMIN", null, false, true);

        assertThat(ports.accounts().lockActiveAdmins())
                .contains(admin, firstAdmin)
                .doesNotContain(retired, recruiter);
    }
}
