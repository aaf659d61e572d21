package io.hrassist.api.domain;

import io.hrassist.events.ResumeEvaluated.Contact;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where candidates and their resume documents are kept. */
public interface CandidateStore {

    /**
     * Keeps a new candidate with its document.
     *
     * @throws DuplicateCandidateException when the vacancy already has a candidate with the same file (SHA-256), also
     *     when that one is being created at the same moment
     */
    void create(Candidate candidate, byte[] document);

    Optional<Candidate> find(UUID id);

    /** Candidates of a vacancy, best score first, not yet evaluated last. */
    List<Candidate> ranked(UUID vacancyId);

    /** Ids of the vacancy's candidates that {@code query} asks for, in its order. */
    List<UUID> matching(UUID vacancyId, CandidateQuery query);

    /** The uploaded file of a candidate. */
    Optional<byte[]> document(UUID id);

    /** Points a candidate at its newest evaluation task. */
    void evaluatedBy(UUID candidateId, UUID taskId);

    /** Keeps who the candidate's resume says it is from, apart from its evaluation. */
    void keepContact(UUID candidateId, Contact contact);

    /** Records that something about the candidate changed at {@code at} (its retention period runs from there). */
    void touch(UUID candidateId, Instant at);

    /** Moves a candidate from stage {@code from} to {@code to}; false when it is no longer in {@code from}. */
    boolean moveStage(UUID candidateId, Stage from, Stage to, Instant at);

    /**
     * Erases a candidate and everything held about it: document, evaluation tasks and their results, requests still
     * waiting in the outbox, stage history, notes and feedback. False when there was no such candidate.
     */
    boolean erase(UUID candidateId);

    /**
     * Up to {@code limit} candidates not hired whose retention period has ended: nothing changed about them since
     * {@code cutoff}, and their vacancy is open or was closed before {@code cutoff}.
     */
    List<UUID> expired(Instant cutoff, int limit);
}
