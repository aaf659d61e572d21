package io.hrassist.api.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.api.domain.Task;
import io.hrassist.api.domain.TaskEnded;
import io.hrassist.api.domain.TaskKind;
import io.hrassist.api.domain.TaskStarted;
import io.hrassist.api.domain.TaskStatus;
import io.hrassist.api.domain.TaskStore;
import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Tasks in the {@code task} table; a start and an end are also published for the metrics (after the commit). */
@Singleton
class JdbcTaskStore implements TaskStore {

    private final TaskRepository repository;
    private final ObjectMapper mapper;
    private final ApplicationEventPublisher<TaskStarted> started;
    private final ApplicationEventPublisher<TaskEnded> ended;
    private final Clock clock;

    JdbcTaskStore(
            TaskRepository repository,
            ObjectMapper mapper,
            ApplicationEventPublisher<TaskStarted> started,
            ApplicationEventPublisher<TaskEnded> ended,
            Clock clock) {
        this.repository = repository;
        this.mapper = mapper;
        this.clock = clock;
        this.started = started;
        this.ended = ended;
    }

    @Override
    public void create(Task t) {
        started.publishEvent(new TaskStarted(t.kind()));
        repository.save(new TaskRow(
                t.id(),
                t.kind().name(),
                t.status().name(),
                t.vacancyId(),
                t.candidateId(),
                t.originName(),
                t.origin() instanceof Task.Origin.External external ? external.source() : null,
                t.result(),
                t.error(),
                t.score(),
                t.createdAt(),
                t.updatedAt(),
                t.completedAt(),
                t.requestEventId()));
    }

    @Override
    public Optional<Task> find(UUID id) {
        return repository.findById(id).map(JdbcTaskStore::toTask);
    }

    @Override
    public List<Task> list(
            @Nullable UUID vacancyId, @Nullable TaskKind kind, int limit, @Nullable String hiringManager) {
        return repository.search(vacancyId, kind == null ? null : kind.name(), limit, hiringManager).stream()
                .map(JdbcTaskStore::toTask)
                .toList();
    }

    @Override
    public Map<UUID, Instant> startedAt(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return repository.startedAt(ids).stream().collect(Collectors.toMap(TaskStart::id, TaskStart::createdAt));
    }

    @Override
    public List<Task> ofCandidate(UUID candidateId) {
        return repository.findByCandidateIdOrderByCreatedAt(candidateId).stream()
                .map(JdbcTaskStore::toTask)
                .toList();
    }

    @Override
    public boolean complete(Task task, Task.Ending ending) {
        int changed = ending instanceof Task.Ending.Success success
                ? repository.complete(
                        task.id(), TaskStatus.SUCCEEDED.name(), json(success.data()), null, success.score())
                : repository.complete(
                        task.id(), TaskStatus.FAILED.name(), null, ((Task.Ending.Failure) ending).error(), null);
        if (changed != 1) {
            return false;
        }
        ended.publishEvent(TaskEnded.of(task, ending, clock.instant()));
        return true;
    }

    private String json(Object result) {
        try {
            return mapper.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Task toTask(TaskRow r) {
        Task.Origin origin = r.origin().equals("EXTERNAL")
                ? new Task.Origin.External(r.source() == null ? "" : r.source())
                : new Task.Origin.Requested(r.requestEventId());
        Task.State state = switch (TaskStatus.valueOf(r.status())) {
            case PENDING -> new Task.State.Pending();
            case SUCCEEDED -> new Task.State.Succeeded(r.result(), r.score(), r.completedAt());
            case FAILED -> new Task.State.Failed(r.error(), r.completedAt());
        };
        return new Task(
                r.id(),
                TaskKind.valueOf(r.kind()),
                r.vacancyId(),
                r.candidateId(),
                origin,
                state,
                r.createdAt(),
                r.updatedAt());
    }
}
