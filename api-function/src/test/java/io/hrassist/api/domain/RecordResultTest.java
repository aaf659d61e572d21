package io.hrassist.api.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.api.domain.RecordResult.Delivery;
import io.hrassist.api.domain.RecordResult.Outcome;
import io.hrassist.api.fakes.InMemoryStores;
import io.hrassist.api.fakes.Rows;
import io.hrassist.events.EngineInfo;
import io.hrassist.events.EventIds;
import io.hrassist.events.EventType;
import io.hrassist.events.ResumeEvaluated;
import io.hrassist.events.ResumeEvaluated.Contact;
import io.hrassist.events.ResumeEvaluated.Criterion;
import io.hrassist.events.ResumeEvaluated.CriterionKind;
import io.hrassist.events.ResumeEvaluated.Status;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link RecordResult} on the fakes: which events end which tasks, without HTTP or a database. */
class RecordResultTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final String RESULT = TaskKind.RESUME_EVALUATION.resultType();
    private static final String PRODUCER = TaskKind.RESUME_EVALUATION.producer();

    private final InMemoryStores stores = new InMemoryStores(Clock.fixed(NOW, ZoneOffset.UTC));
    private Candidate candidate;
    private Task task;

    @BeforeEach
    void evaluationRequested() {
        Vacancy vacancy = stores.vacancies().create(Rows.vacancy("Platform Engineer", NOW));
        candidate = Rows.candidate(vacancy.id(), "resume", NOW);
        stores.candidates().create(candidate, new byte[] {1});
        task = Rows.evaluation(candidate, NOW);
        stores.tasks().create(task);
    }

    private RecordResult recordResult(boolean externalTasks) {
        return new RecordResult(
                stores.tasks(),
                stores.inbox(),
                stores.outbox(),
                new ResultPolicy(externalTasks),
                stores.erasedTasks(),
                new KeepContact(stores.candidates()),
                stores.clock());
    }

    private void record(Outcome outcome) {
        recordResult(false).record(outcome);
    }

    /** The delivery of a {@code type} reply to the task's request, as its function derives its id. */
    private Delivery reply(String type) {
        String id = EventIds.reply(
                URI.create(InMemoryStores.API_SOURCE), task.requestEventId().toString(), type);
        return new Delivery(PRODUCER, id, type, task.id().toString());
    }

    private static ResumeEvaluated evaluation(Status status, Contact contact) {
        var criteria = List.of(
                new Criterion("Go", CriterionKind.MUST_HAVE, 60, status, List.of("Go since 2015")),
                new Criterion("Kotlin", CriterionKind.NICE_TO_HAVE, 40, Status.MISSING, List.of()));
        return new ResumeEvaluated(
                ResumeEvaluated.scoreOf(criteria),
                criteria,
                List.of(),
                "Fits",
                new EngineInfo("rules", null, null, false),
                contact);
    }

    private Task task() {
        return stores.tasks().find(task.id()).orElseThrow();
    }

    @Test
    void recordsAResultOnceAndIgnoresItsRedelivery() {
        Delivery delivery = reply(RESULT);

        record(new Outcome.Succeeded(delivery, evaluation(Status.MET, null)));
        record(new Outcome.Succeeded(delivery, evaluation(Status.MISSING, null)));

        assertThat(task().status()).isEqualTo(TaskStatus.SUCCEEDED);
        assertThat(task().score()).isEqualTo(60);
        assertThat(task().completedAt()).isEqualTo(NOW);
        assertThat(stores.candidates().find(candidate.id()).orElseThrow().stage())
                .isEqualTo(Stage.NEW);
    }

    @Test
    void ignoresASecondResultForATaskThatEnded() {
        record(new Outcome.Failed(reply(EventType.TASK_FAILED.name()), "unreadable document"));

        record(new Outcome.Succeeded(reply(RESULT), evaluation(Status.MET, null)));

        assertThat(task().status()).isEqualTo(TaskStatus.FAILED);
        assertThat(task().error()).isEqualTo("unreadable document");
    }

    @Test
    void rejectsAResultFromAnotherSourceOrWithAnotherId() {
        Delivery right = reply(RESULT);
        var stranger = new Delivery("/somewhere-else", right.eventId(), RESULT, right.subject());
        var guessed = new Delivery(PRODUCER, UUID.randomUUID().toString(), RESULT, right.subject());

        assertThatThrownBy(() -> record(new Outcome.Succeeded(stranger, evaluation(Status.MET, null))))
                .isInstanceOf(RejectedResultException.class)
                .hasMessageContaining("source /somewhere-else may not answer");
        assertThatThrownBy(() -> record(new Outcome.Succeeded(guessed, evaluation(Status.MET, null))))
                .isInstanceOf(RejectedResultException.class)
                .hasMessageContaining("does not answer the request");
        assertThat(task().pending()).isTrue();
    }

    @Test
    void rejectsAScoreThatDoesNotFollowFromItsCriteria() {
        ResumeEvaluated honest = evaluation(Status.PARTIAL, null);
        var inflated =
                new ResumeEvaluated(95, honest.criteria(), honest.flags(), honest.summary(), honest.engine(), null);

        assertThatThrownBy(() -> record(new Outcome.Succeeded(reply(RESULT), inflated)))
                .isInstanceOf(RejectedResultException.class)
                .hasMessageContaining("score 95 does not follow from its criteria (30)");
        assertThat(task().pending()).isTrue();
    }

    @Test
    void keepsTheContactWithTheCandidateAndTheEvaluationWithoutIt() throws Exception {
        var contact = new Contact("Ada Lovelace", "ada@example.org", null, List.of());

        record(new Outcome.Succeeded(reply(RESULT), evaluation(Status.MET, contact)));

        assertThat(stores.candidates().find(candidate.id()).orElseThrow().contact())
                .isEqualTo(contact);
        var stored = new ObjectMapper().readTree(task().result());
        assertThat(stored.path("summary").asText()).isEqualTo("Fits");
        assertThat(stored.path("contact").isNull() || stored.path("contact").isMissingNode())
                .isTrue();
    }

    @Test
    void dropsWhatArrivesForATaskErasedWithItsCandidate() {
        stores.candidates().erase(candidate.id());

        record(new Outcome.Succeeded(reply(RESULT), evaluation(Status.MET, null)));

        assertThat(stores.tasks().find(task.id())).isEmpty();
        assertThat(stores.candidates().find(candidate.id())).isEmpty();
    }

    @Test
    void recordsAnotherSystemsTaskOnlyWhenThePolicyAllowsIt() {
        UUID foreign = UUID.randomUUID();
        var delivery = new Delivery(PRODUCER, UUID.randomUUID().toString(), RESULT, foreign.toString());
        var outcome = new Outcome.Succeeded(delivery, evaluation(Status.MET, null));

        assertThatThrownBy(() -> recordResult(false).record(outcome))
                .isInstanceOf(RejectedResultException.class)
                .hasMessageContaining("results of other systems' requests are not recorded here");
        assertThat(stores.tasks().find(foreign)).isEmpty();

        var redelivered = new Delivery(PRODUCER, delivery.eventId() + "-again", RESULT, foreign.toString());
        recordResult(true).record(new Outcome.Succeeded(redelivered, evaluation(Status.MET, null)));

        Task external = stores.tasks().find(foreign).orElseThrow();
        assertThat(external.origin()).isEqualTo(new Task.Origin.External(PRODUCER));
        assertThat(external.status()).isEqualTo(TaskStatus.SUCCEEDED);
        assertThat(external.createdAt()).isEqualTo(NOW);
    }

    @Test
    void anotherSystemsFailureNamesNoTaskAndIsRejectedEvenWhenAllowed() {
        var failure = new Delivery(
                PRODUCER, "f-1", EventType.TASK_FAILED.name(), UUID.randomUUID().toString());

        assertThatThrownBy(() -> recordResult(true).record(new Outcome.Failed(failure, "bad input")))
                .isInstanceOf(RejectedResultException.class)
                .hasMessageContaining("names no kind of task");
    }

    @Test
    void aDeadLetteredRequestFailsItsTaskAndAStrangeDeadLetterIsDropped() {
        var strange = new Delivery(
                InMemoryStores.API_SOURCE,
                UUID.randomUUID().toString(),
                TaskKind.RESUME_EVALUATION.requestType(),
                task.id().toString());
        record(new Outcome.DeadLettered(strange, "not ours"));
        boolean pendingAfterStrange = task().pending();

        var request = new Delivery(
                InMemoryStores.API_SOURCE,
                task.requestEventId().toString(),
                TaskKind.RESUME_EVALUATION.requestType(),
                task.id().toString());
        record(new Outcome.DeadLettered(request, "no route to resume-function"));

        assertThat(pendingAfterStrange).isTrue();
        assertThat(task().status()).isEqualTo(TaskStatus.FAILED);
        assertThat(task().error()).isEqualTo("no route to resume-function");
    }
}
