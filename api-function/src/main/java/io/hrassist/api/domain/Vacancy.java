package io.hrassist.api.domain;

import io.hrassist.events.VacancyBrief;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A vacancy: what it asks for, who owns it ({@code createdBy}) and which hiring managers read it, and its bookkeeping:
 * {@code version} for optimistic edits, {@code closedAt} once its hiring ended (candidate retention counts from it), {@code archivedAt} once put away,
 * {@code contentChangedAt} when what generated results are made from last changed.
 */
public record Vacancy(
        UUID id,
        VacancyBrief brief,
        long version,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant closedAt,
        @Nullable Instant archivedAt,
        @Nullable Instant contentChangedAt,
        List<String> hiringManagers) {

    public Vacancy {
        hiringManagers = List.copyOf(hiringManagers);
    }

    /** A new open vacancy without results yet. */
    public static Vacancy open(UUID id, VacancyBrief brief, String owner, Instant now, List<String> hiringManagers) {
        return new Vacancy(id, brief, 0, owner, now, now, null, null, null, hiringManagers);
    }

    public VacancyStatus status() {
        if (archivedAt != null) {
            return VacancyStatus.ARCHIVED;
        }
        return closedAt == null ? VacancyStatus.OPEN : VacancyStatus.CLOSED;
    }

    /**
     * Whether a result made at {@code producedAt} (a job description, a kit, an evaluation) was made from an earlier
     * content of this vacancy.
     */
    public boolean outdates(@Nullable Instant producedAt) {
        return outdated(producedAt, contentChangedAt);
    }

    /** Whether a result made at {@code producedAt} predates a content change at {@code contentChangedAt}. */
    public static boolean outdated(@Nullable Instant producedAt, @Nullable Instant contentChangedAt) {
        return producedAt != null && contentChangedAt != null && contentChangedAt.isAfter(producedAt);
    }
}
