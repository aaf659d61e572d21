package io.hrassist.api.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hrassist.api.fakes.InMemoryStores;
import io.hrassist.api.fakes.Rows;
import io.hrassist.events.VacancyBrief;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link ChangeVacancy} on the fakes: lost updates, stale results, hiring managers, without HTTP or a database. */
class ChangeVacancyTest {

    private static final Instant CREATED = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Actor RECRUITER = new Actor("rita", Role.RECRUITER);

    private final InMemoryStores stores = new InMemoryStores(Clock.fixed(NOW, ZoneOffset.UTC));
    private final ChangeVacancy changeVacancy = new ChangeVacancy(
            stores.vacancies(),
            new VacancyAccess(stores.vacancies()),
            new HiringManagers(stores.users()),
            stores.auditLog(),
            stores.clock());
    private Vacancy vacancy;

    @BeforeEach
    void vacancyCreated() {
        stores.users().insertNew(UUID.randomUUID(), "harry", "hash", "HIRING_MANAGER", null, CREATED);
        stores.users().insertNew(UUID.randomUUID(), "gone", "hash", "HIRING_MANAGER", null, CREATED);
        stores.users()
                .updateAccount(
                        stores.users().findByUsername("gone").orElseThrow().id(), "HIRING_MANAGER", null, false, true);
        vacancy = stores.vacancies().create(Rows.vacancy("Platform Engineer", CREATED));
    }

    private static VacancyBrief brief(String title, String location) {
        var brief = Rows.brief(title, List.of("Go"));
        return new VacancyBrief(
                brief.title(), brief.language(), null, location, null, null, brief.mustHaveSkills(), List.of(), null);
    }

    private List<AuditEntry> audit() {
        return stores.auditLog().find(new AuditQuery(null, null, null, AuditAction.VACANCY_CHANGED, null, null, 10));
    }

    @Test
    void aContentChangeMakesEarlierResultsStaleAndTheAuditNamesTheFields() {
        Vacancy changed = changeVacancy.change(RECRUITER, vacancy.id(), 0, brief("Staff Engineer", "Berlin"), null);

        assertThat(changed.version()).isEqualTo(1);
        assertThat(changed.contentChangedAt()).isEqualTo(NOW);
        assertThat(changed.outdates(CREATED)).isTrue();
        assertThat(stores.vacancies().find(vacancy.id()).orElseThrow().brief().title())
                .isEqualTo("Staff Engineer");
        assertThat(audit()).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("rita");
            assertThat(entry.detail()).contains("title", "location").doesNotContain("Staff Engineer", "Berlin");
        });
    }

    @Test
    void aChangeOfTheLocationAloneLeavesResultsCurrent() {
        Vacancy changed =
                changeVacancy.change(RECRUITER, vacancy.id(), 0, brief("Platform Engineer", "Remote"), List.of());

        assertThat(changed.contentChangedAt()).isNull();
        assertThat(changed.outdates(CREATED)).isFalse();
    }

    @Test
    void aChangeFromAnOldVersionOverwritesNothing() {
        changeVacancy.change(RECRUITER, vacancy.id(), 0, brief("First edit", null), null);

        assertThatThrownBy(() -> changeVacancy.change(RECRUITER, vacancy.id(), 0, brief("Lost edit", null), null))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("you sent version 0, it is now at version 1");
        assertThat(stores.vacancies().find(vacancy.id()).orElseThrow().brief().title())
                .isEqualTo("First edit");
        assertThat(audit()).hasSize(1);
    }

    @Test
    void assignsOnlyActiveHiringManagersInNameOrder() {
        assertThatThrownBy(() -> changeVacancy.change(
                        RECRUITER, vacancy.id(), 0, brief("Platform Engineer", null), List.of("harry", "gone")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("hiringManagers: gone is not an active hiring manager");

        changeVacancy.change(RECRUITER, vacancy.id(), 0, brief("Platform Engineer", null), List.of(" harry "));

        assertThat(stores.vacancies().isAssigned(vacancy.id(), "harry")).isTrue();
        assertThatThrownBy(() -> changeVacancy.change(
                        new Actor("harry", Role.HIRING_MANAGER), vacancy.id(), 1, brief("Mine now", null), null))
                .isInstanceOf(ForbiddenException.class);
    }
}
