package io.hrassist.api.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hrassist.api.fakes.InMemoryStores;
import io.hrassist.api.fakes.Rows;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link EraseCandidate} on the fakes: what goes, what the audit log keeps, and who may erase. */
class EraseCandidateTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private final InMemoryStores stores = new InMemoryStores(Clock.fixed(NOW, ZoneOffset.UTC));
    private final EraseCandidate eraseCandidate = new EraseCandidate(
            new CandidateAccess(stores.candidates(), new VacancyAccess(stores.vacancies())),
            stores.candidates(),
            stores.auditLog());
    private Candidate candidate;
    private Task evaluation;

    @BeforeEach
    void candidateBeingEvaluated() {
        Vacancy vacancy = stores.vacancies().create(Rows.vacancy("Platform Engineer", NOW, "harry"));
        candidate = Rows.candidate(vacancy.id(), "resume", NOW);
        stores.candidates().create(candidate, new byte[] {1});
        evaluation = Rows.evaluation(candidate, NOW);
        stores.tasks().create(evaluation);
        stores.candidates().evaluatedBy(candidate.id(), evaluation.id());
        stores.outbox().add(evaluation.request(Map.of("resume", "Ada Lovelace, Go since 2015")));
        stores.notes().add(new Note(UUID.randomUUID(), candidate.id(), "rita", "Lives in Berlin", NOW));
    }

    private List<AuditEntry> audit() {
        return stores.auditLog().find(new AuditQuery(null, null, null, AuditAction.CANDIDATE_ERASED, null, null, 10));
    }

    @Test
    void erasesEverythingHeldAboutTheCandidateAndKeepsOnlyThatItHappened() {
        eraseCandidate.erase(candidate.id(), new Actor("rita", Role.RECRUITER));

        assertThat(stores.candidates().find(candidate.id())).isEmpty();
        assertThat(stores.candidates().document(candidate.id())).isEmpty();
        assertThat(stores.tasks().find(evaluation.id())).isEmpty();
        assertThat(stores.erasedTasks().erased(evaluation.id())).isTrue();
        assertThat(stores.outbox().count()).isZero();
        assertThat(stores.notes().of(candidate.id())).isEmpty();
        assertThat(audit()).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("rita");
            assertThat(entry.objectId()).isEqualTo(candidate.id().toString());
            assertThat(entry.detail()).contains("REQUEST", candidate.vacancyId().toString());
            assertThat(entry.detail()).doesNotContain("Ada", "Berlin", "resume");
        });
    }

    @Test
    void theSystemErasesForItsOwnReasonAndOnlyOnce() {
        eraseCandidate.eraseBySystem(candidate.id(), EraseCandidate.Cause.RETENTION);
        eraseCandidate.eraseBySystem(candidate.id(), EraseCandidate.Cause.RETENTION);

        assertThat(audit()).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isNull();
            assertThat(entry.detail()).contains("RETENTION");
        });
    }

    @Test
    void aHiringManagerMayNotEraseAndAStrangerSeesNoCandidate() {
        assertThatThrownBy(() -> eraseCandidate.erase(candidate.id(), new Actor("harry", Role.HIRING_MANAGER)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> eraseCandidate.erase(candidate.id(), new Actor("hank", Role.HIRING_MANAGER)))
                .isInstanceOf(NotFoundException.class);

        assertThat(stores.candidates().find(candidate.id())).isPresent();
        assertThat(stores.outbox().waiting())
                .extracting(QueuedEvent::subject)
                .containsExactly(evaluation.id().toString());
        assertThat(audit()).isEmpty();
    }
}
