package io.hrassist.api.domain;

import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * The newest tasks of the vacancies the actor may read, of one vacancy or kind on request. Resume evaluations in the
 * list quote resumes, so the read is audited as a read of those vacancies' candidates ({@link EvaluationReads}).
 */
@Singleton
public class ListTasks {

    private final TaskStore tasks;
    private final VacancyAccess access;
    private final EvaluationReads reads;

    ListTasks(TaskStore tasks, VacancyAccess access, EvaluationReads reads) {
        this.tasks = tasks;
        this.access = access;
        this.reads = reads;
    }

    @Transactional
    public List<Task> list(@Nullable UUID vacancyId, @Nullable TaskKind kind, int limit, Actor actor) {
        if (vacancyId != null) {
            access.readable(vacancyId, actor);
        }
        List<Task> found = tasks.list(vacancyId, kind, limit, access.listedFor(actor));
        reads.listed(found, actor);
        return found;
    }
}
