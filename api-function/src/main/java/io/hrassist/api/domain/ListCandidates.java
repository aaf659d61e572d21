package io.hrassist.api.domain;

import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A vacancy's candidates ranked by score, each marked stale when evaluated against an earlier content of the vacancy;
 * filtered and sorted on request, each keeping its rank among all the vacancy's scored candidates. The read is audited
 * ({@code CANDIDATES_LISTED} on the vacancy) at most once per {@link #AUDIT_WINDOW} per user, since the UI refreshes
 * the list while evaluations run.
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
        return list(vacancyId, CandidateQuery.ALL, actor);
    }

    /** The candidates {@code query} asks for, in its order. */
    public List<Ranked> list(UUID vacancyId, CandidateQuery query, Actor actor) {
        Vacancy vacancy = access.readable(vacancyId, actor);
        List<Candidate> ranked = candidates.ranked(vacancyId);
        var started = tasks.startedAt(ranked.stream()
                .map(Candidate::evaluationTaskId)
                .filter(Objects::nonNull)
                .toList());
        audit.recordAtMostEvery(
                AUDIT_WINDOW, actor.username(), AuditAction.CANDIDATES_LISTED, ChangeVacancy.OBJECT, vacancyId);
        Map<UUID, Integer> ranks = ranks(ranked);
        return shown(vacancyId, query, ranked).stream()
                .map(c -> new Ranked(c, vacancy.outdates(started.get(c.evaluationTaskId())), ranks.get(c.id())))
                .toList();
    }

    private List<Candidate> shown(UUID vacancyId, CandidateQuery query, List<Candidate> ranked) {
        if (query.all()) {
            return ranked;
        }
        Map<UUID, Candidate> byId = ranked.stream().collect(Collectors.toMap(Candidate::id, Function.identity()));
        // A candidate uploaded between the two reads is left for the next one.
        return candidates.matching(vacancyId, query).stream()
                .map(byId::get)
                .filter(Objects::nonNull)
                .toList();
    }

    /** Each scored candidate's place among the scored ones, best first. */
    private static Map<UUID, Integer> ranks(List<Candidate> ranked) {
        var ranks = new HashMap<UUID, Integer>();
        for (Candidate c : ranked) {
            if (c.evaluationStatus() == TaskStatus.SUCCEEDED && c.score() != null) {
                ranks.put(c.id(), ranks.size() + 1);
            }
        }
        return ranks;
    }

    /**
     * A listed candidate; {@code stale} when its evaluation predates the vacancy's last content change; {@code rank}
     * its place by score among the vacancy's scored candidates, whatever the list's filter and order (null while it
     * has no score).
     */
    public record Ranked(
            Candidate candidate, boolean stale, @Nullable Integer rank) {}
}
