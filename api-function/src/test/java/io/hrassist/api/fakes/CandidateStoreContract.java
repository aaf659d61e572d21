package io.hrassist.api.fakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.api.domain.Candidate;
import io.hrassist.api.domain.CandidateQuery;
import io.hrassist.api.domain.DuplicateCandidateException;
import io.hrassist.api.domain.QueuedEvent;
import io.hrassist.api.domain.Stage;
import io.hrassist.api.domain.Task;
import io.hrassist.api.domain.TaskStatus;
import io.hrassist.api.domain.Vacancy;
import io.hrassist.events.ResumeEvaluated.Contact;
import io.hrassist.events.ResumeEvaluated.FlagType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link io.hrassist.api.domain.CandidateStore} does. */
public abstract class CandidateStoreContract extends PortContract {

    private Vacancy vacancy() {
        return ports.vacancies().create(Rows.vacancy("Platform Engineer", HOUR_AGO));
    }

    private Candidate candidate(UUID vacancyId, Instant createdAt) {
        Candidate candidate = Rows.candidate(vacancyId, Rows.unique("resume "), createdAt);
        ports.candidates().create(candidate, new byte[] {1, 2, 3});
        return candidate;
    }

    /** The candidate evaluated with {@code score} and {@code flags}, by a task of its own. */
    private Task evaluate(Candidate candidate, Integer score, FlagType... flags) {
        Task task = Rows.evaluation(candidate, HOUR_AGO);
        ports.tasks().create(task);
        ports.candidates().evaluatedBy(candidate.id(), task.id());
        var data = Map.of(
                "score",
                score,
                "flags",
                List.of(flags).stream().map(f -> Map.of("type", f.name())).toList());
        ports.tasks().complete(task, new Task.Ending.Success(data, score));
        return task;
    }

    @Test
    void findsACandidateAsCreatedWithItsDocument() {
        Vacancy vacancy = vacancy();
        Candidate candidate = candidate(vacancy.id(), HOUR_AGO);

        assertThat(ports.candidates().find(candidate.id())).contains(candidate);
        assertThat(ports.candidates().document(candidate.id()))
                .hasValueSatisfying(document -> assertThat(document).containsExactly(1, 2, 3));
        assertThat(ports.candidates().find(UUID.randomUUID())).isEmpty();
        assertThat(ports.candidates().document(UUID.randomUUID())).isEmpty();
    }

    @Test
    void keepsOneCandidatePerFileAndVacancy() {
        Vacancy vacancy = vacancy();
        Candidate first = Rows.candidate(vacancy.id(), Rows.unique("resume "), HOUR_AGO);
        ports.candidates().create(first, new byte[] {1});
        Candidate again = Rows.candidate(vacancy.id(), "other name", HOUR_AGO);
        Candidate sameFile = new Candidate(
                again.id(),
                vacancy.id(),
                "renamed.pdf",
                again.mediaType(),
                1,
                first.sha256(),
                null,
                HOUR_AGO,
                null,
                null,
                null,
                Stage.NEW,
                HOUR_AGO,
                null);
        Candidate elsewhere = new Candidate(
                UUID.randomUUID(),
                vacancy().id(),
                "cv.pdf",
                again.mediaType(),
                1,
                first.sha256(),
                null,
                HOUR_AGO,
                null,
                null,
                null,
                Stage.NEW,
                HOUR_AGO,
                null);

        assertThatThrownBy(() -> ports.candidates().create(sameFile, new byte[] {1}))
                .isInstanceOfSatisfying(
                        DuplicateCandidateException.class,
                        e -> assertThat(e.existing()).isEqualTo(first.id()));
        ports.candidates().create(elsewhere, new byte[] {1});
        assertThat(ports.candidates().find(sameFile.id())).isEmpty();
        assertThat(ports.candidates().find(elsewhere.id())).isPresent();
    }

    @Test
    void readsTheEvaluationFromTheTaskItPointsAt() throws Exception {
        Candidate candidate = candidate(vacancy().id(), HOUR_AGO);
        Task task = evaluate(candidate, 70, FlagType.HIDDEN_TEXT);

        Candidate found = ports.candidates().find(candidate.id()).orElseThrow();

        assertThat(found.evaluationTaskId()).isEqualTo(task.id());
        assertThat(found.evaluationStatus()).isEqualTo(TaskStatus.SUCCEEDED);
        assertThat(found.score()).isEqualTo(70);
        assertThat(new ObjectMapper()
                        .readTree(found.evaluation())
                        .path("flags")
                        .get(0)
                        .path("type")
                        .asText())
                .isEqualTo("HIDDEN_TEXT");
    }

    @Test
    void ranksBestScoreFirstAndNotYetEvaluatedLast() {
        UUID vacancy = vacancy().id();
        Candidate waiting = candidate(vacancy, HOUR_AGO);
        Candidate weak = candidate(vacancy, HOUR_AGO.plusSeconds(1));
        Candidate strong = candidate(vacancy, HOUR_AGO.plusSeconds(2));
        Candidate alsoWeak = candidate(vacancy, HOUR_AGO.plusSeconds(3));
        evaluate(weak, 40);
        evaluate(strong, 80);
        evaluate(alsoWeak, 40);
        candidate(vacancy().id(), HOUR_AGO);

        assertThat(ports.candidates().ranked(vacancy))
                .extracting(Candidate::id)
                .containsExactly(strong.id(), weak.id(), alsoWeak.id(), waiting.id());
        assertThat(ports.candidates().matching(vacancy, CandidateQuery.ALL))
                .containsExactly(strong.id(), weak.id(), alsoWeak.id(), waiting.id());
    }

    @Test
    void matchesByStageAndFlagInTheQuerysOrder() {
        UUID vacancy = vacancy().id();
        Candidate hidden = candidate(vacancy, HOUR_AGO);
        Candidate plain = candidate(vacancy, HOUR_AGO.plusSeconds(1));
        Candidate waiting = candidate(vacancy, HOUR_AGO.plusSeconds(2));
        evaluate(hidden, 30, FlagType.HIDDEN_TEXT, FlagType.NO_TEXT);
        evaluate(plain, 90);
        ports.candidates().moveStage(plain.id(), Stage.NEW, Stage.INTERVIEW, HOUR_AGO);
        ports.candidates().moveStage(waiting.id(), Stage.NEW, Stage.SHORTLISTED, HOUR_AGO);
        ports.candidates().keepContact(waiting.id(), new Contact("Aaron", null, null, List.of()));

        assertThat(match(vacancy, null, FlagType.HIDDEN_TEXT, CandidateQuery.Sort.SCORE))
                .containsExactly(hidden.id());
        assertThat(match(vacancy, Stage.INTERVIEW, null, CandidateQuery.Sort.SCORE))
                .containsExactly(plain.id());
        assertThat(match(vacancy, Stage.INTERVIEW, FlagType.HIDDEN_TEXT, CandidateQuery.Sort.SCORE))
                .isEmpty();
        assertThat(match(vacancy, null, null, CandidateQuery.Sort.NEWEST))
                .containsExactly(waiting.id(), plain.id(), hidden.id());
        assertThat(match(vacancy, null, null, CandidateQuery.Sort.OLDEST))
                .containsExactly(hidden.id(), plain.id(), waiting.id());
        assertThat(match(vacancy, null, null, CandidateQuery.Sort.STAGE))
                .containsExactly(hidden.id(), waiting.id(), plain.id());
        assertThat(match(vacancy, null, null, CandidateQuery.Sort.NAME).get(0)).isEqualTo(waiting.id());
    }

    private List<UUID> match(UUID vacancy, Stage stage, FlagType flag, CandidateQuery.Sort sort) {
        return ports.candidates().matching(vacancy, new CandidateQuery(stage, flag, sort));
    }

    @Test
    void movesACandidateOnlyFromTheStageItIsIn() {
        Candidate candidate = candidate(vacancy().id(), HOUR_AGO);
        Instant at = HOUR_AGO.plusSeconds(30);

        assertThat(ports.candidates().moveStage(candidate.id(), Stage.NEW, Stage.SHORTLISTED, at))
                .isTrue();
        assertThat(ports.candidates().moveStage(candidate.id(), Stage.NEW, Stage.INTERVIEW, at.plusSeconds(1)))
                .isFalse();
        assertThat(ports.candidates().moveStage(UUID.randomUUID(), Stage.NEW, Stage.INTERVIEW, at))
                .isFalse();

        Candidate found = ports.candidates().find(candidate.id()).orElseThrow();
        assertThat(found.stage()).isEqualTo(Stage.SHORTLISTED);
        assertThat(found.updatedAt()).isEqualTo(at);
    }

    @Test
    void keepsContactAndLastChangeApartFromTheEvaluation() {
        Candidate candidate = candidate(vacancy().id(), HOUR_AGO);
        var contact = new Contact("Ada Lovelace", "ada@example.org", null, List.of("https://ada.example.org"));

        ports.candidates().keepContact(candidate.id(), contact);
        ports.candidates().touch(candidate.id(), HOUR_AGO.plusSeconds(5));

        Candidate found = ports.candidates().find(candidate.id()).orElseThrow();
        assertThat(found.contact()).isEqualTo(contact);
        assertThat(found.displayName()).isEqualTo("Ada Lovelace");
        assertThat(found.updatedAt()).isEqualTo(HOUR_AGO.plusSeconds(5));
        assertThat(found.evaluationStatus()).isNull();
    }

    @Test
    void erasesACandidateWithItsTasksAndTheirWaitingRequests() {
        Candidate candidate = candidate(vacancy().id(), HOUR_AGO);
        Task task = Rows.evaluation(candidate, HOUR_AGO);
        ports.tasks().create(task);
        ports.outbox().add(task.request(Map.of("resume", "text")));

        assertThat(ports.candidates().erase(candidate.id())).isTrue();

        assertThat(ports.candidates().find(candidate.id())).isEmpty();
        assertThat(ports.candidates().document(candidate.id())).isEmpty();
        assertThat(ports.tasks().find(task.id())).isEmpty();
        assertThat(ports.erasedTasks().erased(task.id())).isTrue();
        assertThat(ports.outboxQueue().claimWaiting(1000, Instant.now().plusSeconds(180)))
                .extracting(QueuedEvent::subject)
                .doesNotContain(task.id().toString());
        assertThat(ports.candidates().erase(candidate.id())).isFalse();
        assertThat(ports.erasedTasks().forgetBefore(Instant.now().plusSeconds(60)))
                .isPositive();
        assertThat(ports.erasedTasks().erased(task.id())).isFalse();
    }

    @Test
    void findsCandidatesWhoseRetentionPeriodEndedOldestChangeFirst() {
        Instant cutoff = Instant.parse("2004-01-01T00:00:00Z");
        UUID open = vacancy().id();
        Vacancy closedLate = vacancy();
        ports.vacancies().setStatus(closedLate.id(), Instant.parse("2005-01-01T00:00:00Z"), null, HOUR_AGO);
        Candidate older = candidate(open, Instant.parse("2001-01-01T00:00:00Z"));
        Candidate newer = candidate(open, Instant.parse("2002-01-01T00:00:00Z"));
        Candidate hired = candidate(open, Instant.parse("2001-06-01T00:00:00Z"));
        Candidate ofClosedLate = candidate(closedLate.id(), Instant.parse("2001-01-01T00:00:00Z"));
        Candidate recent = candidate(open, Instant.parse("2004-06-01T00:00:00Z"));
        Instant hiredAt = Instant.parse("2001-07-01T00:00:00Z");
        ports.candidates().moveStage(hired.id(), Stage.NEW, Stage.OFFER, hiredAt);
        ports.candidates().moveStage(hired.id(), Stage.OFFER, Stage.HIRED, hiredAt);

        assertThat(ports.candidates().expired(cutoff, 10)).containsExactly(older.id(), newer.id());
        assertThat(ports.candidates().expired(cutoff, 1)).containsExactly(older.id());
        assertThat(List.of(ofClosedLate.id(), recent.id()))
                .doesNotContainAnyElementsOf(ports.candidates().expired(cutoff, 10));
    }
}
