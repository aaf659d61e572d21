package io.hrassist.api.fakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hrassist.api.domain.ConflictException;
import io.hrassist.api.domain.Vacancy;
import io.hrassist.api.domain.VacancyQuery;
import io.hrassist.api.domain.VacancyStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link io.hrassist.api.domain.VacancyStore} does. */
public abstract class VacancyStoreContract extends PortContract {

    private Vacancy create(String title, Instant createdAt, String... managers) {
        return ports.vacancies().create(Rows.vacancy(title, createdAt, managers));
    }

    private static Vacancy edited(Vacancy v, String title, List<String> managers) {
        return new Vacancy(
                v.id(),
                Rows.brief(title, v.brief().mustHaveSkills()),
                v.version(),
                v.createdBy(),
                v.createdAt(),
                v.updatedAt().plusSeconds(1),
                v.closedAt(),
                v.archivedAt(),
                v.updatedAt().plusSeconds(1),
                managers);
    }

    @Test
    void findsAVacancyAsCreatedWithItsHiringManagersByName() {
        Vacancy vacancy = create("Platform Engineer", HOUR_AGO, "zoe", "adam");

        Vacancy found = ports.vacancies().find(vacancy.id()).orElseThrow();

        assertThat(found.hiringManagers()).containsExactly("adam", "zoe");
        assertThat(found.brief()).isEqualTo(vacancy.brief());
        assertThat(found.version()).isZero();
        assertThat(found.createdAt()).isEqualTo(HOUR_AGO);
        assertThat(found.status()).isEqualTo(VacancyStatus.OPEN);
        assertThat(ports.vacancies().isAssigned(vacancy.id(), "zoe")).isTrue();
        assertThat(ports.vacancies().isAssigned(vacancy.id(), "eve")).isFalse();
        assertThat(ports.vacancies().find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void anUpdateRaisesTheVersionAndReplacesTheHiringManagers() {
        Vacancy vacancy = create("Platform Engineer", HOUR_AGO, "zoe");

        Vacancy updated = ports.vacancies().update(edited(vacancy, "Staff Engineer", List.of("mia")));

        assertThat(updated.version()).isEqualTo(1);
        Vacancy found = ports.vacancies().find(vacancy.id()).orElseThrow();
        assertThat(found.version()).isEqualTo(1);
        assertThat(found.brief().title()).isEqualTo("Staff Engineer");
        assertThat(found.hiringManagers()).containsExactly("mia");
        assertThat(ports.vacancies().isAssigned(vacancy.id(), "zoe")).isFalse();
        assertThat(ports.vacancies().contentChangedAt(vacancy.id())).contains(HOUR_AGO.plusSeconds(1));
    }

    @Test
    void anUpdateOfAVersionReadBeforeTheLastChangeConflicts() {
        Vacancy read = create("Platform Engineer", HOUR_AGO);
        ports.vacancies().update(edited(read, "First edit", List.of()));

        assertThatThrownBy(() -> ports.vacancies().update(edited(read, "Lost edit", List.of())))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("version 1");
        assertThat(ports.vacancies().find(read.id()).orElseThrow().brief().title())
                .isEqualTo("First edit");
    }

    @Test
    void closingAndArchivingKeepTheVersion() {
        Vacancy vacancy = create("Platform Engineer", HOUR_AGO);
        Instant closed = HOUR_AGO.plusSeconds(10);

        ports.vacancies().setStatus(vacancy.id(), closed, null, closed);
        Vacancy afterClosing = ports.vacancies().find(vacancy.id()).orElseThrow();
        ports.vacancies().setStatus(vacancy.id(), closed, closed.plusSeconds(1), closed.plusSeconds(1));
        Vacancy afterArchiving = ports.vacancies().find(vacancy.id()).orElseThrow();

        assertThat(afterClosing.status()).isEqualTo(VacancyStatus.CLOSED);
        assertThat(afterClosing.closedAt()).isEqualTo(closed);
        assertThat(afterClosing.updatedAt()).isEqualTo(closed);
        assertThat(afterArchiving.status()).isEqualTo(VacancyStatus.ARCHIVED);
        assertThat(afterArchiving.version()).isZero();
        assertThat(ports.vacancies()
                        .update(edited(vacancy, "Still editable", List.of()))
                        .version())
                .isEqualTo(1);
    }

    @Test
    void deletesAVacancyOnceWithItsCandidates() {
        Vacancy vacancy = create("Platform Engineer", HOUR_AGO);
        var candidate = Rows.candidate(vacancy.id(), Rows.unique("resume "), HOUR_AGO);
        ports.candidates().create(candidate, new byte[] {1, 2});

        assertThat(ports.vacancies().delete(vacancy.id())).isTrue();
        assertThat(ports.vacancies().delete(vacancy.id())).isFalse();
        assertThat(ports.vacancies().find(vacancy.id())).isEmpty();
        assertThat(ports.candidates().find(candidate.id())).isEmpty();
    }

    @Test
    void hasNoContentChangeUntilOneIsMade() {
        Vacancy vacancy = create("Platform Engineer", HOUR_AGO);

        assertThat(ports.vacancies().contentChangedAt(vacancy.id())).isEmpty();
        assertThat(ports.vacancies().contentChangedAt(UUID.randomUUID())).isEmpty();
    }

    @Test
    void listsMatchesOfTextStatusAndAssignmentInTheAskedOrderWithCandidateCounts() {
        String word = Rows.unique("zq");
        String manager = Rows.unique("hm-");
        Vacancy alpha = create("Alpha " + word, HOUR_AGO, manager);
        Vacancy beta = create("beta " + word, HOUR_AGO.plusSeconds(1));
        Vacancy bySkill = ports.vacancies()
                .create(Vacancy.open(
                        UUID.randomUUID(),
                        Rows.brief("Gamma", List.of("Go", word.toUpperCase())),
                        "alice",
                        HOUR_AGO.plusSeconds(2),
                        List.of(manager)));
        Vacancy closed = create("Delta " + word, HOUR_AGO.plusSeconds(3));
        ports.vacancies().setStatus(closed.id(), HOUR_AGO.plusSeconds(4), null, HOUR_AGO.plusSeconds(4));
        Vacancy archived = create("Epsilon " + word, HOUR_AGO.plusSeconds(5));
        ports.vacancies().setStatus(archived.id(), HOUR_AGO, HOUR_AGO, HOUR_AGO.plusSeconds(5));
        create("Unrelated", HOUR_AGO);
        for (int i = 0; i < 2; i++) {
            ports.candidates().create(Rows.candidate(beta.id(), Rows.unique("cv "), HOUR_AGO), new byte[] {1});
        }

        assertThat(ids(query(word, null, VacancyQuery.Sort.NEWEST, 0, 10, null)))
                .containsExactly(closed.id(), bySkill.id(), beta.id(), alpha.id());
        assertThat(ids(query(word, VacancyStatus.ARCHIVED, VacancyQuery.Sort.NEWEST, 0, 10, null)))
                .containsExactly(archived.id());
        assertThat(ids(query(word, VacancyStatus.OPEN, VacancyQuery.Sort.OLDEST, 0, 10, null)))
                .containsExactly(alpha.id(), beta.id(), bySkill.id());
        assertThat(ids(query(word, null, VacancyQuery.Sort.TITLE, 0, 10, null)))
                .containsExactly(alpha.id(), beta.id(), closed.id(), bySkill.id());
        assertThat(ids(query(word, null, VacancyQuery.Sort.NEWEST, 0, 10, manager)))
                .containsExactly(bySkill.id(), alpha.id());
        VacancyQuery.Page byCandidates = query(word, null, VacancyQuery.Sort.CANDIDATES, 0, 1, null);
        assertThat(byCandidates.total()).isEqualTo(4);
        assertThat(byCandidates.vacancies()).singleElement().satisfies(listed -> {
            assertThat(listed.vacancy().id()).isEqualTo(beta.id());
            assertThat(listed.candidates()).isEqualTo(2);
        });
        VacancyQuery.Page second = query(word, null, VacancyQuery.Sort.NEWEST, 1, 2, null);
        assertThat(ids(second)).containsExactly(bySkill.id(), beta.id());
        assertThat(second.total()).isEqualTo(4);
        VacancyQuery.Page pastTheEnd = query(word, null, VacancyQuery.Sort.NEWEST, 10, 2, null);
        assertThat(pastTheEnd.vacancies()).isEmpty();
        assertThat(pastTheEnd.total()).isEqualTo(4);
        assertThat(query(Rows.unique("nothing"), null, VacancyQuery.Sort.NEWEST, 0, 2, null)
                        .total())
                .isZero();
    }

    private VacancyQuery.Page query(
            String text, VacancyStatus status, VacancyQuery.Sort sort, int offset, int limit, String manager) {
        return ports.vacancies().list(new VacancyQuery(text, status, sort, offset, limit, manager));
    }

    private static List<UUID> ids(VacancyQuery.Page page) {
        return page.vacancies().stream().map(listed -> listed.vacancy().id()).toList();
    }
}
