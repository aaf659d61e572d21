package io.hrassist.api.domain;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A vacancy's candidates ranked by score, each marked stale when evaluated against an earlier content of the vacancy.
 * The read is audited ({@code CANDIDATES_LISTED} on the vacancy) at most once per {@link #AUDIT_WINDOW} per user, since
 * the UI refreshes the list while evaluations run.
 */
@Singleton
public class ListCandidates {

    /** How long one recorded list read stands for the same user's further reads of the same vacancy's list. */
    public static final Duration AUDIT_WINDOW = Duration.ofMinutes(10);

    private final VacancyAccess access;
    private final CandidateStore candidates;
    private final TaskStore tasks;
    private final AuditLog audit;

    ListCandidates(VacancyAccess access, CandidateStore candidates, TaskStore tasks, AuditLog audit) {
        this.access = access;
        this.candidates = candidates;
        this.tasks = tasks;
        this.audit = audit;
    }

    public List<Ranked> ranked(UUID vacancyId, Actor actor) {
        Vacancy vacancy = access.readable(vacancyId, actor);
        List<Candidate> ranked = candidates.ranked(vacancyId);
        var started = tasks.startedAt(ranked.stream()
                .map(Candidate::evaluationTaskId)
                .filter(Objects::nonNull)
                .toList());
        audit.recordAtMostEvery(
                AUDIT_WINDOW, actor.username(), AuditAction.CANDIDATES_LISTED, ChangeVacancy.OBJECT, vacancyId);
        return ranked.stream()
                .map(c -> new Ranked(c, vacancy.outdates(started.get(c.evaluationTaskId()))))
                .toList();
    }

    /** A listed candidate; {@code stale} when its evaluation predates the vacancy's last content change. */
    public record Ranked(Candidate candidate, boolean stale) {}
}
