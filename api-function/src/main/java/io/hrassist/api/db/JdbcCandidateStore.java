package io.hrassist.api.db;

import io.hrassist.api.domain.Candidate;
import io.hrassist.api.domain.CandidateStore;
import io.hrassist.api.domain.TaskStatus;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Singleton
class JdbcCandidateStore implements CandidateStore {

    private final CandidateRepository repository;
    private final JdbcOperations jdbc;

    JdbcCandidateStore(CandidateRepository repository, JdbcOperations jdbc) {
        this.repository = repository;
        this.jdbc = jdbc;
    }

    @Override
    public void create(Candidate c, byte[] document) {
        repository.save(new CandidateRow(
                c.id(),
                c.vacancyId(),
                c.fileName(),
                c.mediaType(),
                c.sizeBytes(),
                c.sha256(),
                document,
                c.evaluationTaskId(),
                c.createdAt()));
    }

    @Override
    public Optional<Candidate> find(UUID id) {
        return repository.findListing(id).map(JdbcCandidateStore::toCandidate);
    }

    @Override
    public List<Candidate> ranked(UUID vacancyId) {
        return repository.ranked(vacancyId).stream()
                .map(JdbcCandidateStore::toCandidate)
                .toList();
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

    private static Candidate toCandidate(CandidateListing l) {
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
                l.evaluation());
    }
}
