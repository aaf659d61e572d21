package io.hrassist.api.fakes;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.hrassist.api.domain.InterviewKit;
import io.hrassist.api.domain.InterviewKits;
import io.hrassist.api.domain.Task;
import io.hrassist.api.domain.TaskKind;
import io.hrassist.api.domain.TaskStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The kits read from the fake's tasks, as the adapter reads them from {@code task}: succeeded question tasks. */
public final class InMemoryInterviewKits implements InterviewKits {

    private final InMemoryStores stores;

    InMemoryInterviewKits(InMemoryStores stores) {
        this.stores = stores;
    }

    @Override
    public Optional<InterviewKit> newest(UUID vacancyId) {
        return stores.tasks().list(vacancyId, TaskKind.INTERVIEW_QUESTIONS, Integer.MAX_VALUE, null).stream()
                .filter(task -> task.status() == TaskStatus.SUCCEEDED)
                .sorted(Comparator.comparing(Task::completedAt)
                        .reversed()
                        .thenComparing(task -> task.id().toString()))
                .findFirst()
                .map(InMemoryInterviewKits::kit);
    }

    @Override
    public Optional<InterviewKit> find(UUID id) {
        return stores.tasks()
                .find(id)
                .filter(task -> task.kind() == TaskKind.INTERVIEW_QUESTIONS)
                .filter(task -> task.status() == TaskStatus.SUCCEEDED && task.vacancyId() != null)
                .map(InMemoryInterviewKits::kit);
    }

    private static InterviewKit kit(Task task) {
        try {
            var texts = new ArrayList<String>();
            for (var question : InMemoryStores.JSON.readTree(task.result()).path("questions")) {
                texts.add(question.path("text").asText());
            }
            return new InterviewKit(task.id(), task.vacancyId(), List.copyOf(texts));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
