package io.hrassist.api.domain;

import io.hrassist.events.InterviewQuestionsRequested;
import io.hrassist.events.JobDescriptionRequested;
import io.hrassist.events.QuestionType;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Starts a generation task for a vacancy: the task and its request event are written in one transaction, and the
 * outbox relay delivers the event, so a task is never left without its request (or the other way round).
 */
@Singleton
public class RequestTask {

    private final VacancyStore vacancies;
    private final TaskStore tasks;
    private final Outbox outbox;
    private final Clock clock;

    public RequestTask(VacancyStore vacancies, TaskStore tasks, Outbox outbox, Clock clock) {
        this.vacancies = vacancies;
        this.tasks = tasks;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** {@code allowedPhrases}: phrases the wording check must not flag for this vacancy (lawful exceptions). */
    @Transactional
    public Task jobDescription(UUID vacancyId, List<String> allowedPhrases) {
        Vacancy vacancy = vacancies.find(vacancyId).orElseThrow(() -> new NotFoundException("Vacancy", vacancyId));
        var data = new JobDescriptionRequested(vacancyId.toString(), vacancy.brief(), allowedPhrases);
        return start(TaskKind.JOB_DESCRIPTION, vacancy, data);
    }

    @Transactional
    public Task interviewQuestions(UUID vacancyId, Integer count, List<QuestionType> types) {
        Vacancy vacancy = vacancies.find(vacancyId).orElseThrow(() -> new NotFoundException("Vacancy", vacancyId));
        var data = new InterviewQuestionsRequested(vacancyId.toString(), vacancy.brief(), count, types);
        return start(TaskKind.INTERVIEW_QUESTIONS, vacancy, data);
    }

    private Task start(TaskKind kind, Vacancy vacancy, Object data) {
        Task task = Task.requested(UUID.randomUUID(), kind, vacancy.id(), null, clock.instant());
        tasks.create(task);
        outbox.add(task.request(data));
        return task;
    }
}
