package io.hrassist.api.db;

import io.hrassist.api.domain.Candidate;
import io.hrassist.api.domain.CandidateStore;
import io.hrassist.api.domain.TaskStatus;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Singleton
class JdbcCandidateStore implements CandidateStore {

    private final CandidateRepository repository;

    JdbcCandidateStore(CandidateRepository repository) {
        this.repository = repository;
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
                l.score());
    }
}
