package io.hrassist.api.fakes;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.hrassist.api.domain.Candidate;
import io.hrassist.api.domain.CandidateQuery;
import io.hrassist.api.domain.CandidateStore;
import io.hrassist.api.domain.DuplicateCandidateException;
import io.hrassist.api.domain.Stage;
import io.hrassist.api.domain.Task;
import io.hrassist.api.domain.TaskStatus;
import io.hrassist.events.ResumeEvaluated.Contact;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Candidates and their documents in a map, read joined with their evaluation task as the adapter reads them. One
 * candidate per file and vacancy; erasing one takes its tasks (and their waiting requests) along.
 */
public final class InMemoryCandidateStore implements CandidateStore {

    /** Best score first, not yet evaluated last, then oldest first. */
    private static final Comparator<Candidate> BY_SCORE = Comparator.comparing(
                    Candidate::score, Comparator.nullsLast(Comparator.<Integer>reverseOrder()))
            .thenComparing(Candidate::createdAt)
            .thenComparing(candidate -> candidate.id().toString());

    private final InMemoryStores stores;
    private final Map<UUID, Candidate> rows = new LinkedHashMap<>();
    private final Map<UUID, byte[]> documents = new LinkedHashMap<>();

    InMemoryCandidateStore(InMemoryStores stores) {
        this.stores = stores;
    }

    @Override
    public void create(Candidate candidate, byte[] document) {
        rows.values().stream()
                .filter(c -> c.vacancyId().equals(candidate.vacancyId())
                        && c.sha256().equals(candidate.sha256()))
                .findFirst()
                .ifPresent(existing -> {
                    throw new DuplicateCandidateException(existing.id());
                });
        if (rows.containsKey(candidate.id())) {
            throw new IllegalStateException("Duplicate candidate id " + candidate.id());
        }
        if (stores.vacancies().find(candidate.vacancyId()).isEmpty()) {
            throw new IllegalStateException("No vacancy " + candidate.vacancyId());
        }
        // the contact is not part of a new candidate's row: only keepContact sets it
        rows.put(
                candidate.id(),
                copy(candidate, candidate.evaluationTaskId(), candidate.stage(), candidate.updatedAt(), null));
        documents.put(candidate.id(), document.clone());
    }

    @Override
    public Optional<Candidate> find(UUID id) {
        return Optional.ofNullable(rows.get(id)).map(this::withEvaluation);
    }

    @Override
    public List<Candidate> ranked(UUID vacancyId) {
        return ofVacancy(vacancyId).sorted(BY_SCORE).toList();
    }

    @Override
    public List<UUID> matching(UUID vacancyId, CandidateQuery query) {
        return ofVacancy(vacancyId)
                .filter(candidate -> query.stage() == null || candidate.stage() == query.stage())
                .filter(candidate ->
                        query.flag() == null || flagged(candidate, query.flag().name()))
                .sorted(order(query.sort()).thenComparing(BY_SCORE))
                .map(Candidate::id)
                .toList();
    }

    @Override
    public Optional<byte[]> document(UUID id) {
        return Optional.ofNullable(documents.get(id)).map(byte[]::clone);
    }

    @Override
    public void evaluatedBy(UUID candidateId, UUID taskId) {
        rows.computeIfPresent(candidateId, (id, c) -> copy(c, taskId, c.stage(), c.updatedAt(), c.contact()));
    }

    @Override
    public void keepContact(UUID candidateId, Contact contact) {
        rows.computeIfPresent(candidateId, (id, c) -> copy(c, c.evaluationTaskId(), c.stage(), c.updatedAt(), contact));
    }

    @Override
    public void touch(UUID candidateId, Instant at) {
        rows.computeIfPresent(candidateId, (id, c) -> copy(c, c.evaluationTaskId(), c.stage(), at, c.contact()));
    }

    @Override
    public boolean moveStage(UUID candidateId, Stage from, Stage to, Instant at) {
        Candidate candidate = rows.get(candidateId);
        if (candidate == null || candidate.stage() != from) {
            return false;
        }
        rows.put(candidateId, copy(candidate, candidate.evaluationTaskId(), to, at, candidate.contact()));
        return true;
    }

    @Override
    public boolean erase(UUID candidateId) {
        if (!rows.containsKey(candidateId)) {
            return false;
        }
        stores.tasks().candidateErased(candidateId);
        stores.stageHistory().candidateErased(candidateId);
        stores.notes().candidateErased(candidateId);
        stores.feedback().candidateErased(candidateId);
        rows.remove(candidateId);
        documents.remove(candidateId);
        return true;
    }

    @Override
    public List<UUID> expired(Instant cutoff, int limit) {
        return rows.values().stream()
                .filter(candidate -> candidate.stage() != Stage.HIRED)
                .filter(candidate -> lastChange(candidate).isBefore(cutoff))
                .sorted(Comparator.comparing(Candidate::updatedAt).thenComparing(c -> c.id().toString()))
                .limit(limit)
                .map(Candidate::id)
                .toList();
    }

    /** What deleting a vacancy does to its candidates: each is erased. */
    void vacancyDeleted(UUID vacancyId) {
        rows.values().stream()
                .filter(candidate -> candidate.vacancyId().equals(vacancyId))
                .map(Candidate::id)
                .toList()
                .forEach(this::erase);
    }

    private java.util.stream.Stream<Candidate> ofVacancy(UUID vacancyId) {
        return rows.values().stream()
                .filter(candidate -> candidate.vacancyId().equals(vacancyId))
                .map(this::withEvaluation);
    }

    /** The later of its last change and its vacancy's closing (PostgreSQL's GREATEST ignores a null). */
    private Instant lastChange(Candidate candidate) {
        Instant closedAt = stores.vacancies()
                .find(candidate.vacancyId())
                .map(vacancy -> vacancy.closedAt())
                .orElse(null);
        return closedAt != null && closedAt.isAfter(candidate.updatedAt()) ? closedAt : candidate.updatedAt();
    }

    private Comparator<Candidate> order(CandidateQuery.Sort sort) {
        return switch (sort) {
            case SCORE -> BY_SCORE;
            case NAME ->
                Comparator.comparing(candidate -> candidate.displayName().toLowerCase(Locale.ROOT));
            case NEWEST -> Comparator.comparing(Candidate::createdAt).reversed();
            case OLDEST -> Comparator.comparing(Candidate::createdAt);
            case STAGE -> Comparator.comparing(Candidate::stage);
        };
    }

    private static boolean flagged(Candidate candidate, String flag) {
        if (candidate.evaluationStatus() != TaskStatus.SUCCEEDED || candidate.evaluation() == null) {
            return false;
        }
        try {
            for (var found :
                    InMemoryStores.JSON.readTree(candidate.evaluation()).path("flags")) {
                if (flag.equals(found.path("type").asText())) {
                    return true;
                }
            }
            return false;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Candidate withEvaluation(Candidate c) {
        Optional<Task> task =
                c.evaluationTaskId() == null ? Optional.empty() : stores.tasks().find(c.evaluationTaskId());
        return new Candidate(
                c.id(),
                c.vacancyId(),
                c.fileName(),
                c.mediaType(),
                c.sizeBytes(),
                c.sha256(),
                c.evaluationTaskId(),
                c.createdAt(),
                task.map(Task::status).orElse(null),
                task.map(Task::score).orElse(null),
                task.map(Task::result).orElse(null),
                c.stage(),
                c.updatedAt(),
                c.contact());
    }

    private static Candidate copy(Candidate c, UUID taskId, Stage stage, Instant updatedAt, Contact contact) {
        return new Candidate(
                c.id(),
                c.vacancyId(),
                c.fileName(),
                c.mediaType(),
                c.sizeBytes(),
                c.sha256(),
                taskId,
                c.createdAt(),
                null,
                null,
                null,
                stage,
                updatedAt,
                contact);
    }
}
