package io.hrassist.api.domain;

import jakarta.annotation.Nullable;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where tasks are kept. */
public interface TaskStore {

    void create(Task task);

    Optional<Task> find(UUID id);

    List<Task> list(@Nullable UUID vacancyId, @Nullable TaskKind kind, int limit);

    /** Ends a pending task with its result data (stored as JSON); false when it was not pending (already ended, or unknown). */
    boolean complete(
            UUID id, TaskStatus status, @Nullable Object result, @Nullable String error, @Nullable Integer score);
}
