package io.hrassist.api.fakes;

import io.hrassist.api.domain.Task;
import io.hrassist.api.domain.TaskKind;
import io.hrassist.api.domain.TaskStore;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Tasks in a map. Like the {@code task} table: an id is taken once, a task names an existing vacancy and candidate, a
 * deleted vacancy leaves its tasks without one, and an erased candidate takes its tasks along (see {@link
 * InMemoryStores}).
 */
public final class InMemoryTaskStore implements TaskStore {

    /** Newest first, ties by id as PostgreSQL orders uuids (unsigned, which their text form keeps). */
    private static final Comparator<Task> NEWEST = Comparator.comparing(Task::createdAt)
            .reversed()
            .thenComparing(task -> task.id().toString());

    private final InMemoryStores stores;
    private final Map<UUID, Task> tasks = new LinkedHashMap<>();

    InMemoryTaskStore(InMemoryStores stores) {
        this.stores = stores;
    }

    @Override
    public void create(Task task) {
        if (tasks.containsKey(task.id())) {
            throw new IllegalStateException("Duplicate task id " + task.id());
        }
        if (task.vacancyId() != null
                && stores.vacancies().find(task.vacancyId()).isEmpty()) {
            throw new IllegalStateException("No vacancy " + task.vacancyId());
        }
        if (task.candidateId() != null
                && stores.candidates().find(task.candidateId()).isEmpty()) {
            throw new IllegalStateException("No candidate " + task.candidateId());
        }
        tasks.put(task.id(), task);
    }

    @Override
    public Optional<Task> find(UUID id) {
        return Optional.ofNullable(tasks.get(id));
    }

    @Override
    public List<Task> list(
            @Nullable UUID vacancyId, @Nullable TaskKind kind, int limit, @Nullable String hiringManager) {
        return tasks.values().stream()
                .filter(task -> vacancyId == null || vacancyId.equals(task.vacancyId()))
                .filter(task -> kind == null || kind == task.kind())
                .filter(task -> hiringManager == null
                        || (task.vacancyId() != null && stores.vacancies().isAssigned(task.vacancyId(), hiringManager)))
                .sorted(NEWEST)
                .limit(limit)
                .toList();
    }

    @Override
    public Map<UUID, Instant> startedAt(Collection<UUID> ids) {
        var started = new LinkedHashMap<UUID, Instant>();
        ids.stream()
                .filter(tasks::containsKey)
                .forEach(id -> started.put(id, tasks.get(id).createdAt()));
        return started;
    }

    @Override
    public List<Task> ofCandidate(UUID candidateId) {
        return tasks.values().stream()
                .filter(task -> candidateId.equals(task.candidateId()))
                .sorted(Comparator.comparing(Task::createdAt))
                .toList();
    }

    @Override
    public boolean complete(Task toEnd, Task.Ending ending) {
        UUID id = toEnd.id();
        Task task = tasks.get(id);
        if (task == null || !task.pending()) {
            return false;
        }
        Instant now = stores.clock().instant();
        Task.State state = ending instanceof Task.Ending.Success success
                ? new Task.State.Succeeded(InMemoryStores.json(success.data()), success.score(), now)
                : new Task.State.Failed(((Task.Ending.Failure) ending).error(), now);
        tasks.put(
                id,
                new Task(
                        id,
                        task.kind(),
                        task.vacancyId(),
                        task.candidateId(),
                        task.origin(),
                        state,
                        task.createdAt(),
                        now));
        return true;
    }

    /** What deleting a vacancy does to its tasks ({@code ON DELETE SET NULL}). */
    void vacancyDeleted(UUID vacancyId) {
        tasks.replaceAll((id, task) -> Objects.equals(task.vacancyId(), vacancyId)
                ? new Task(
                        id,
                        task.kind(),
                        null,
                        task.candidateId(),
                        task.origin(),
                        task.state(),
                        task.createdAt(),
                        task.updatedAt())
                : task);
    }

    /** What erasing a candidate does to its tasks: they go, their waiting requests too, and their ids are kept. */
    void candidateErased(UUID candidateId) {
        List<UUID> erased = tasks.values().stream()
                .filter(task -> candidateId.equals(task.candidateId()))
                .map(Task::id)
                .toList();
        for (UUID id : erased) {
            tasks.remove(id);
            stores.outbox().forgetSubject(id.toString());
            stores.erasedTasks().remember(id);
        }
    }
}
