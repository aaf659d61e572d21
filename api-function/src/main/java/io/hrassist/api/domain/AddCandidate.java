package io.hrassist.api.domain;

import io.hrassist.events.ResumeEvaluationRequested;
import io.hrassist.events.ResumeEvaluationRequested.Document;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;

/** Keeps an uploaded resume and starts its evaluation, in one transaction with the request event. */
@Singleton
public class AddCandidate {

    private final VacancyStore vacancies;
    private final CandidateStore candidates;
    private final TaskStore tasks;
    private final Outbox outbox;
    private final Clock clock;

    public AddCandidate(
            VacancyStore vacancies, CandidateStore candidates, TaskStore tasks, Outbox outbox, Clock clock) {
        this.vacancies = vacancies;
        this.candidates = candidates;
        this.tasks = tasks;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The stored candidate and its evaluation task; {@code mediaType} must already be checked against the bytes. */
    @Transactional
    public Added add(UUID vacancyId, String fileName, String mediaType, byte[] content) {
        Vacancy vacancy = vacancies.find(vacancyId).orElseThrow(() -> new NotFoundException("Vacancy", vacancyId));
        var now = clock.instant();
        UUID candidateId = UUID.randomUUID();
        Task task = Task.pending(UUID.randomUUID(), TaskKind.RESUME_EVALUATION, vacancyId, candidateId, now);
        var candidate = new Candidate(
                candidateId,
                vacancyId,
                fileName,
                mediaType,
                content.length,
                sha256(content),
                task.id(),
                now,
                task.status(),
                null);
        candidates.create(candidate, content);
        tasks.create(task);
        var request = new ResumeEvaluationRequested(
                vacancyId.toString(),
                candidateId.toString(),
                vacancy.brief(),
                new Document(fileName, mediaType, content));
        outbox.add(new OutgoingEvent(
                UUID.randomUUID(),
                TaskKind.RESUME_EVALUATION.requestType(),
                task.id().toString(),
                request));
        return new Added(candidate, task);
    }

    /** What {@link #add} created. */
    public record Added(Candidate candidate, Task task) {}

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
