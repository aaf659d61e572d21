package io.hrassist.api.domain;

import io.hrassist.events.ResumeEvaluationRequested;
import io.hrassist.events.ResumeEvaluationRequested.Document;
import jakarta.inject.Singleton;

/** Writes an evaluation task and its request event (the resume travels inside it); callers own the transaction. */
@Singleton
class EvaluationRequests {

    private final TaskStore tasks;
    private final Outbox outbox;

    EvaluationRequests(TaskStore tasks, Outbox outbox) {
        this.tasks = tasks;
        this.outbox = outbox;
    }

    void request(Task task, Vacancy vacancy, String fileName, String mediaType, byte[] content) {
        tasks.create(task);
        var request = new ResumeEvaluationRequested(
                vacancy.id().toString(),
                String.valueOf(task.candidateId()),
                vacancy.brief(),
                new Document(fileName, mediaType, content));
        outbox.add(task.request(request));
    }
}
