package io.hrassist.api.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.api.domain.Task;
import io.hrassist.api.domain.TaskKind;
import io.hrassist.api.domain.TaskStatus;
import io.hrassist.api.domain.TaskStore;
import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@Singleton
class JdbcTaskStore implements TaskStore {

    private final TaskRepository repository;
    private final ObjectMapper mapper;

    JdbcTaskStore(TaskRepository repository, ObjectMapper mapper) {
        this.repository = repository;
        this.mapper = mapper;
    }

    @Override
    public void create(Task t) {
        repository.save(new TaskRow(
                t.id(),
                t.kind().name(),
                t.status().name(),
                t.vacancyId(),
                t.candidateId(),
                t.origin(),
                t.source(),
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
    public boolean complete(
            UUID id, TaskStatus status, @Nullable Object result, @Nullable String error, @Nullable Integer score) {
        return repository.complete(id, status.name(), json(result), error, score) == 1;
    }

    private String json(@Nullable Object result) {
        try {
            return result == null ? null : mapper.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Task toTask(TaskRow r) {
        return new Task(
                r.id(),
                TaskKind.valueOf(r.kind()),
                TaskStatus.valueOf(r.status()),
                r.vacancyId(),
                r.candidateId(),
                r.origin(),
                r.source(),
                r.result(),
                r.error(),
                r.score(),
                r.createdAt(),
                r.updatedAt(),
                r.completedAt(),
                r.requestEventId());
    }
}
