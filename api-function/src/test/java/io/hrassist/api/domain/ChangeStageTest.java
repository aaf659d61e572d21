package io.hrassist.api.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.api.fakes.InMemoryStores;
import io.hrassist.api.fakes.Rows;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link ChangeStage} on the fakes: who may move a candidate where, and what is kept of it. */
class ChangeStageTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00.123456Z");
    private static final Actor RECRUITER = new Actor("rita", Role.RECRUITER);

    private final InMemoryStores stores = new InMemoryStores(Clock.fixed(NOW, ZoneOffset.UTC));
    private Candidate candidate;

    @BeforeEach
    void candidateUploaded() {
        Vacancy vacancy = stores.vacancies().create(Rows.vacancy("Platform Engineer", NOW, "harry"));
        candidate = Rows.candidate(vacancy.id(), "resume", NOW.minusSeconds(60));
        stores.candidates().create(candidate, new byte[] {1});
    }

    private ChangeStage changeStage(CandidateStore candidates) {
        return new ChangeStage(
                new CandidateAccess(candidates, new VacancyAccess(stores.vacancies())),
                candidates,
                stores.stageHistory(),
                stores.auditLog(),
                stores.clock());
    }

    private StageChange change(Stage to, String reason, Actor actor) {
        return changeStage(stores.candidates()).change(candidate.id(), to, reason, actor);
    }

    private List<AuditEntry> audit() {
        return stores.auditLog().find(new AuditQuery(null, null, null, null, null, null, 10));
    }

    private Stage stage() {
        return stores.candidates().find(candidate.id()).orElseThrow().stage();
    }

    @Test
    void movesACandidateAndKeepsWhoWhenFromToAndWhy() throws Exception {
        StageChange change = change(Stage.REJECTED, "  no Go experience ", RECRUITER);

        var expected = new StageChange(candidate.id(), Stage.NEW, Stage.REJECTED, "no Go experience", "rita", NOW);
        assertThat(change).isEqualTo(expected);
        assertThat(stage()).isEqualTo(Stage.REJECTED);
        assertThat(stores.candidates().find(candidate.id()).orElseThrow().updatedAt())
                .isEqualTo(NOW);
        assertThat(stores.stageHistory().of(candidate.id())).containsExactly(expected);
        assertThat(audit()).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("rita");
            assertThat(entry.action()).isEqualTo(AuditAction.CANDIDATE_STAGE_CHANGED.name());
            assertThat(entry.objectType()).isEqualTo(Candidate.AUDIT_TYPE);
            assertThat(entry.objectId()).isEqualTo(candidate.id().toString());
            assertThat(new ObjectMapper().readTree(entry.detail()))
                    .isEqualTo(new ObjectMapper().readTree("{\"from\":\"NEW\",\"to\":\"REJECTED\"}"));
        });
    }

    @Test
    void refusesARejectionWithoutAReason() {
        assertThatThrownBy(() -> change(Stage.REJECTED, " ", RECRUITER))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("A rejection needs a reason.");
        assertThat(stage()).isEqualTo(Stage.NEW);
        assertThat(stores.stageHistory().of(candidate.id())).isEmpty();
        assertThat(audit()).isEmpty();
    }

    @Test
    void hiresOnlyFromAnOfferAndMovesAHiredCandidateOnlyToRejected() {
        assertThatThrownBy(() -> change(Stage.HIRED, null, RECRUITER))
                .isInstanceOf(StageConflictException.class)
                .hasMessageContaining("Only a candidate in stage OFFER can be HIRED");

        change(Stage.OFFER, null, RECRUITER);
        change(Stage.HIRED, null, RECRUITER);

        assertThatThrownBy(() -> change(Stage.OFFER, null, RECRUITER))
                .isInstanceOf(StageConflictException.class)
                .hasMessage("A hired candidate stays HIRED unless REJECTED (with a reason).");
        assertThatThrownBy(() -> change(Stage.REJECTED, null, RECRUITER)).isInstanceOf(InvalidInputException.class);
        change(Stage.REJECTED, "Probation not passed", RECRUITER);
        assertThat(stores.stageHistory().of(candidate.id()))
                .extracting(StageChange::to)
                .containsExactly(Stage.OFFER, Stage.HIRED, Stage.REJECTED);
    }

    @Test
    void aHiringManagerReadsButMovesNoOne() {
        assertThatThrownBy(() -> change(Stage.SHORTLISTED, null, new Actor("harry", Role.HIRING_MANAGER)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> change(Stage.SHORTLISTED, null, new Actor("stranger", Role.HIRING_MANAGER)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() ->
                        changeStage(stores.candidates()).change(UUID.randomUUID(), Stage.SHORTLISTED, null, RECRUITER))
                .isInstanceOf(NotFoundException.class);
        assertThat(stage()).isEqualTo(Stage.NEW);
    }

    @Test
    void refusesAMoveWhenSomeoneElseMovedTheCandidateMeanwhile() {
        CandidateStore racing = (CandidateStore) Proxy.newProxyInstance(
                CandidateStore.class.getClassLoader(), new Class<?>[] {CandidateStore.class}, (proxy, method, args) -> {
                    try {
                        Object result = method.invoke(stores.candidates(), args);
                        if (method.getName().equals("find")) { // another recruiter moves it right after this read
                            stores.candidates().moveStage(candidate.id(), Stage.NEW, Stage.INTERVIEW, NOW);
                        }
                        return result;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });

        assertThatThrownBy(() -> changeStage(racing).change(candidate.id(), Stage.SHORTLISTED, null, RECRUITER))
                .isInstanceOf(StageConflictException.class)
                .hasMessageContaining("Someone else changed the candidate's stage meanwhile");
        assertThat(stage()).isEqualTo(Stage.INTERVIEW);
        assertThat(stores.stageHistory().of(candidate.id())).isEmpty();
        assertThat(audit()).isEmpty();
    }
}
