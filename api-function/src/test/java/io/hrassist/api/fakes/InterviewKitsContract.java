package io.hrassist.api.fakes;

import static org.assertj.core.api.Assertions.assertThat;

import io.hrassist.api.domain.InterviewKit;
import io.hrassist.api.domain.Task;
import io.hrassist.api.domain.TaskKind;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link io.hrassist.api.domain.InterviewKits} does: kits are the succeeded question tasks of a vacancy. */
public abstract class InterviewKitsContract extends PortContract {

    private Task questions(UUID vacancy, String... texts) {
        Task task = Rows.task(TaskKind.INTERVIEW_QUESTIONS, vacancy, HOUR_AGO);
        ports.tasks().create(task);
        var data = Map.of(
                "questions",
                List.of(texts).stream().map(text -> Map.of("text", text)).toList());
        ports.tasks().complete(task, new Task.Ending.Success(data, null));
        return task;
    }

    @Test
    void theNewestKitIsTheLastQuestionTaskToSucceed() {
        UUID vacancy = ports.vacancies()
                .create(Rows.vacancy("Platform Engineer", HOUR_AGO))
                .id();
        questions(vacancy, "Why Go?");
        Task newest = questions(vacancy, "Why Go?", "What is a goroutine?");
        Task failed = Rows.task(TaskKind.INTERVIEW_QUESTIONS, vacancy, HOUR_AGO);
        ports.tasks().create(failed);
        ports.tasks().complete(failed, new Task.Ending.Failure("no model"));
        ports.tasks().create(Rows.task(TaskKind.INTERVIEW_QUESTIONS, vacancy, HOUR_AGO));

        assertThat(ports.interviewKits().newest(vacancy))
                .contains(new InterviewKit(newest.id(), vacancy, List.of("Why Go?", "What is a goroutine?")));
        assertThat(ports.interviewKits().newest(UUID.randomUUID())).isEmpty();
    }

    @Test
    void findsAKitByItsTaskOnlyOnceItSucceeded() {
        UUID vacancy = ports.vacancies()
                .create(Rows.vacancy("Platform Engineer", HOUR_AGO))
                .id();
        Task kit = questions(vacancy, "Why Go?");
        Task pending = Rows.task(TaskKind.INTERVIEW_QUESTIONS, vacancy, HOUR_AGO);
        ports.tasks().create(pending);
        Task description = Rows.task(TaskKind.JOB_DESCRIPTION, vacancy, HOUR_AGO);
        ports.tasks().create(description);
        ports.tasks().complete(description, new Task.Ending.Success(Map.of("questions", List.of()), null));

        assertThat(ports.interviewKits().find(kit.id()))
                .contains(new InterviewKit(kit.id(), vacancy, List.of("Why Go?")));
        assertThat(ports.interviewKits().find(pending.id())).isEmpty();
        assertThat(ports.interviewKits().find(description.id())).isEmpty();
    }
}
