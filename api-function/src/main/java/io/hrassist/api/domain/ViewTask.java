package io.hrassist.api.domain;

import jakarta.inject.Singleton;
import java.util.UUID;

/**
 * Shows one task to whoever may read its vacancy (a hiring manager: only a vacancy assigned to them; another task is
 * answered as if it did not exist). A resume evaluation quotes the resume, so reading one is audited as a view of its
 * candidate ({@link EvaluationReads}).
 */
@Singleton
public class ViewTask {

    private final TaskStore tasks;
    private final VacancyStore vacancies;
    private final EvaluationReads reads;

    ViewTask(TaskStore tasks, VacancyStore vacancies, EvaluationReads reads) {
        this.tasks = tasks;
        this.vacancies = vacancies;
        this.reads = reads;
    }

    /**
     * No transaction: a read of a task is one query (two for a hiring manager), and the audit entry of an evaluation
     * read is one insert after it; a transaction around them added a commit to every read of the busiest endpoint.
     */
    public Task view(UUID id, Actor actor) {
        Task task = tasks.find(id).orElseThrow(() -> new NotFoundException("Task", id));
        if (!readable(task, actor)) {
            throw new NotFoundException("Task", id);
        }
        reads.viewed(task, actor);
        return task;
    }

    private boolean readable(Task task, Actor actor) {
        if (!actor.is(Role.HIRING_MANAGER)) {
            return true;
        }
        return task.vacancyId() != null && vacancies.isAssigned(task.vacancyId(), actor.username());
    }
}
