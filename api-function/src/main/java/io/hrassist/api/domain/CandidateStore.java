package io.hrassist.api.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where candidates and their resume documents are kept. */
public interface CandidateStore {

    void create(Candidate candidate, byte[] document);

    Optional<Candidate> find(UUID id);

    /** Candidates of a vacancy, best score first, not yet evaluated last. */
    List<Candidate> ranked(UUID vacancyId);

    /** The uploaded file of a candidate. */
    Optional<byte[]> document(UUID id);

    /** Points a candidate at its newest evaluation task. */
    void evaluatedBy(UUID candidateId, UUID taskId);
}
