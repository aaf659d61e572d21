package io.hrassist.api.fakes;

import io.hrassist.api.domain.ErasedTasks;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Ids of erased tasks with when they were erased, as the {@code task_erased} trigger keeps them. */
public final class InMemoryErasedTasks implements ErasedTasks {

    private final Map<UUID, Instant> erased = new HashMap<>();
    private final Clock clock;

    InMemoryErasedTasks(Clock clock) {
        this.clock = clock;
    }

    /** Remembers that {@code taskId} was erased now (the first time counts). */
    public void remember(UUID taskId) {
        erased.putIfAbsent(taskId, clock.instant());
    }

    @Override
    public boolean erased(UUID taskId) {
        return erased.containsKey(taskId);
    }

    @Override
    public int forgetBefore(Instant cutoff) {
        int before = erased.size();
        erased.values().removeIf(at -> at.isBefore(cutoff));
        return before - erased.size();
    }
}
