package io.hrassist.api.fakes;

import static io.hrassist.api.fakes.Rows.task;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.api.domain.Task;
import io.hrassist.api.domain.TaskKind;
import io.hrassist.api.domain.TaskStatus;
import io.hrassist.api.domain.Vacancy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link io.hrassist.api.domain.TaskStore} does. */
public abstract class TaskStoreContract extends PortContract {

    private Vacancy vacancy(String... hiringManagers) {
        return ports.vacancies().create(Rows.vacancy("Platform Engineer", HOUR_AGO, hiringManagers));
    }

    @Test
    void findsATaskAsItWasCreated() {
        Task requested = task(TaskKind.JOB_DESCRIPTION, vacancy().id(), HOUR_AGO);
        Task external = Task.external(UUID.randomUUID(), TaskKind.RESUME_EVALUATION, "/elsewhere", HOUR_AGO);

        ports.tasks().create(requested);
        ports.tasks().create(external);

        assertThat(ports.tasks().find(requested.id())).contains(requested);
        assertThat(ports.tasks().find(external.id())).contains(external);
        assertThat(ports.tasks().find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void completesAPendingTaskOnceWithItsResultAsJson() throws Exception {
        Task task = task(TaskKind.JOB_DESCRIPTION, vacancy().id(), HOUR_AGO);
        ports.tasks().create(task);

        boolean first = ports.tasks().complete(task, new Task.Ending.Success(Map.of("title", "Go dev"), 42));
        boolean second = ports.tasks().complete(task, new Task.Ending.Failure("too late"));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        Task done = ports.tasks().find(task.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(TaskStatus.SUCCEEDED);
        assertThat(new ObjectMapper().readTree(done.result()))
                .isEqualTo(new ObjectMapper().readTree("{\"title\":\"Go dev\"}"));
        assertThat(done.score()).isEqualTo(42);
        assertThat(done.error()).isNull();
        assertThat(done.completedAt()).isAfter(HOUR_AGO);
        assertThat(done.updatedAt()).isAfter(HOUR_AGO);
        assertThat(done.createdAt()).isEqualTo(HOUR_AGO);
    }

    @Test
    void failsAPendingTaskWithItsError() {
        Task task = task(TaskKind.INTERVIEW_QUESTIONS, vacancy().id(), HOUR_AGO);
        ports.tasks().create(task);

        assertThat(ports.tasks().complete(task, new Task.Ending.Failure("no such language")))
                .isTrue();

        Task failed = ports.tasks().find(task.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(TaskStatus.FAILED);
        assertThat(failed.error()).isEqualTo("no such language");
        assertThat(failed.result()).isNull();
        assertThat(ports.tasks().complete(task, new Task.Ending.Success(Map.of(), null)))
                .isFalse();
        assertThat(ports.tasks().find(task.id()).orElseThrow().status()).isEqualTo(TaskStatus.FAILED);
    }

    @Test
    void completesNoUnknownTask() {
        Task neverStored = task(TaskKind.JOB_DESCRIPTION, vacancy().id(), HOUR_AGO);
        assertThat(ports.tasks().complete(neverStored, new Task.Ending.Failure("who?")))
                .isFalse();
    }

    @Test
    void listsNewestFirstByVacancyAndKindUpToTheLimit() {
        UUID vacancy = vacancy().id();
        Task oldest = task(TaskKind.JOB_DESCRIPTION, vacancy, HOUR_AGO);
        Task middle = task(TaskKind.INTERVIEW_QUESTIONS, vacancy, HOUR_AGO.plusSeconds(1));
        Task newest = task(TaskKind.JOB_DESCRIPTION, vacancy, HOUR_AGO.plusSeconds(2));
        Task elsewhere = task(TaskKind.JOB_DESCRIPTION, vacancy().id(), HOUR_AGO.plusSeconds(3));
        List.of(middle, oldest, elsewhere, newest).forEach(ports.tasks()::create);

        assertThat(ports.tasks().list(vacancy, null, 10, null)).containsExactly(newest, middle, oldest);
        assertThat(ports.tasks().list(vacancy, TaskKind.JOB_DESCRIPTION, 10, null))
                .containsExactly(newest, oldest);
        assertThat(ports.tasks().list(vacancy, null, 2, null)).containsExactly(newest, middle);
        assertThat(ports.tasks().list(null, null, 1000, null)).contains(elsewhere, newest);
    }

    @Test
    void listsForAHiringManagerOnlyTasksOfTheirVacancies() {
        String manager = Rows.unique("hm-");
        Task theirs = task(TaskKind.JOB_DESCRIPTION, vacancy(manager).id(), HOUR_AGO);
        Task others = task(TaskKind.JOB_DESCRIPTION, vacancy("someone-else").id(), HOUR_AGO);
        Task external = Task.external(UUID.randomUUID(), TaskKind.JOB_DESCRIPTION, "/elsewhere", HOUR_AGO);
        List.of(theirs, others, external).forEach(ports.tasks()::create);

        assertThat(ports.tasks().list(null, null, 1000, manager)).containsExactly(theirs);
    }

    @Test
    void tellsWhenKnownTasksStarted() {
        Task task = task(TaskKind.JOB_DESCRIPTION, vacancy().id(), HOUR_AGO);
        ports.tasks().create(task);
        UUID unknown = UUID.randomUUID();

        Map<UUID, Instant> started = ports.tasks().startedAt(List.of(task.id(), unknown));

        assertThat(started).isEqualTo(Map.of(task.id(), HOUR_AGO));
        assertThat(ports.tasks().startedAt(List.of())).isEmpty();
    }

    @Test
    void listsTheTasksOfACandidateOldestFirst() {
        Vacancy vacancy = vacancy();
        var candidate = Rows.candidate(vacancy.id(), Rows.unique("resume "), HOUR_AGO);
        ports.candidates().create(candidate, new byte[] {1});
        Task second = Rows.evaluation(candidate, HOUR_AGO.plusSeconds(60));
        Task first = Rows.evaluation(candidate, HOUR_AGO);
        ports.tasks().create(second);
        ports.tasks().create(first);
        ports.tasks().create(task(TaskKind.JOB_DESCRIPTION, vacancy.id(), HOUR_AGO));

        assertThat(ports.tasks().ofCandidate(candidate.id())).containsExactly(first, second);
    }

    @Test
    void keepsTasksOfADeletedVacancyWithoutIt() {
        Vacancy vacancy = vacancy();
        Task task = task(TaskKind.JOB_DESCRIPTION, vacancy.id(), HOUR_AGO);
        ports.tasks().create(task);

        ports.vacancies().delete(vacancy.id());

        assertThat(ports.tasks().find(task.id()).orElseThrow().vacancyId()).isNull();
    }
}
