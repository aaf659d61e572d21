package io.hrassist.api.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What decides whether the API may start without Flyway: the migrations this build bundles. */
class BundledMigrationsTest {

    @Test
    void readsTheVersionsAsFlywayRecordsThem() {
        assertThat(BundledMigrations.versions(
                        List.of("V1__schema.sql", "V1_2__fix.sql", "V10__more.sql", "afterMigrate.sql")))
                .containsExactlyInAnyOrder("1", "1.2", "10");
    }

    @Test
    void leavesTheDecisionToFlywayWhenARepeatableMigrationIsBundled() {
        assertThat(BundledMigrations.versions(List.of("V1__schema.sql", "R__views.sql")))
                .isEmpty();
    }

    @Test
    void findsEveryVersionedMigrationOnTheClassPath() {
        assertThat(BundledMigrations.versions()).contains("1", "2", "3", "4", "5", "6");
    }
}
