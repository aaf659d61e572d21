package io.hrassist.api.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.api.domain.Candidate;
import io.hrassist.api.domain.CandidateQuery;
import io.hrassist.api.domain.CandidateStore;
import io.hrassist.api.domain.DuplicateCandidateException;
import io.hrassist.api.domain.Stage;
import io.hrassist.api.domain.TaskStatus;
import io.hrassist.events.ResumeEvaluated.Contact;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Candidates in PostgreSQL. Erasing one deletes its row; the database deletes the rest with it (foreign keys with
 * {@code ON DELETE CASCADE}: tasks, stage history, notes, feedback; the {@code task_erased} trigger: outbox events), so
 * that deleting a vacancy erases its candidates just the same.
 */
@Singleton
class JdbcCandidateStore implements CandidateStore {

    private final CandidateRepository repository;
    private final CandidateSelection selection;
    private final JdbcOperations jdbc;
    private final ObjectMapper mapper;

    JdbcCandidateStore(
            CandidateRepository repository, CandidateSelection selection, JdbcOperations jdbc, ObjectMapper mapper) {
        this.repository = repository;
        this.selection = selection;
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    @Override
    public void create(Candidate c, byte[] document) {
        int inserted = repository.insertUnlessDuplicate(
                c.id(),
                c.vacancyId(),
                c.fileName(),
                c.mediaType(),
                c.sizeBytes(),
                c.sha256(),
                document,
                c.evaluationTaskId(),
                c.createdAt(),
                c.stage().name(),
                c.updatedAt());
        if (inserted == 0) {
            throw new DuplicateCandidateException(repository
                    .findIdByContent(c.vacancyId(), c.sha256())
                    .orElseThrow(() -> new IllegalStateException("A duplicate vanished while it was looked up")));
        }
    }

    @Override
    public Optional<Candidate> find(UUID id) {
        return repository.findListing(id).map(this::toCandidate);
    }

    @Override
    public List<Candidate> ranked(UUID vacancyId) {
        return repository.ranked(vacancyId).stream().map(this::toCandidate).toList();
    }

    @Override
    public List<UUID> matching(UUID vacancyId, CandidateQuery query) {
        return selection.find(vacancyId, query);
    }

    @Override
    public Optional<byte[]> document(UUID id) {
        return jdbc.prepareStatement("SELECT document FROM candidate WHERE id = ?", statement -> {
            statement.setObject(1, id);
            try (var result = statement.executeQuery()) {
                return result.next() ? Optional.of(result.getBytes(1)) : Optional.<byte[]>empty();
            }
        });
    }

    @Override
    public void evaluatedBy(UUID candidateId, UUID taskId) {
        repository.updateEvaluationTaskId(candidateId, taskId);
    }

    @Override
    public void keepContact(UUID candidateId, Contact contact) {
        try {
            repository.keepContact(
                    candidateId,
                    contact.name(),
                    contact.email(),
                    contact.phone(),
                    mapper.writeValueAsString(contact.links()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void touch(UUID candidateId, Instant at) {
        repository.touch(candidateId, at);
    }

    @Override
    public boolean moveStage(UUID candidateId, Stage from, Stage to, Instant at) {
        return repository.moveStage(candidateId, from.name(), to.name(), at) == 1;
    }

    @Override
    public boolean erase(UUID candidateId) {
        return repository.erase(candidateId) == 1;
    }

    @Override
    public List<UUID> expired(Instant cutoff, int limit) {
        return repository.expired(cutoff, limit);
    }

    private Candidate toCandidate(CandidateListing l) {
        return new Candidate(
                l.id(),
                l.vacancyId(),
                l.fileName(),
                l.mediaType(),
                l.sizeBytes(),
                l.sha256(),
                l.evaluationTaskId(),
                l.createdAt(),
                l.status() == null ? null : TaskStatus.valueOf(l.status()),
                l.score(),
                l.evaluation(),
                Stage.valueOf(l.stage()),
                l.updatedAt(),
                contact(l));
    }

    private @Nullable Contact contact(CandidateListing l) {
        if (l.contactLinks() == null) {
            return null;
        }
        try {
            List<String> links = mapper.readValue(l.contactLinks(), new TypeReference<>() {});
            return new Contact(l.contactName(), l.contactEmail(), l.contactPhone(), links);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt contact links of candidate " + l.id(), e);
        }
    }
}
