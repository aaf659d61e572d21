package io.hrassist.api.domain;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/** Adds a note to a candidate: anyone who may read the candidate may write one (hiring managers too); audited. */
@Singleton
public class AddNote {

    private final CandidateAccess access;
    private final CandidateStore candidates;
    private final CandidateNotes notes;
    private final AuditLog audit;
    private final Clock clock;

    AddNote(CandidateAccess access, CandidateStore candidates, CandidateNotes notes, AuditLog audit, Clock clock) {
        this.access = access;
        this.candidates = candidates;
        this.notes = notes;
        this.audit = audit;
        this.clock = clock;
    }

    /** The note kept; {@link InvalidInputException} for an empty or too long text. */
    @Transactional
    public Note add(UUID candidateId, String text, Actor actor) {
        access.readable(candidateId, actor);
        if (text == null || text.isBlank() || text.length() > Note.MAX_TEXT) {
            throw new InvalidInputException("A note has 1 to " + Note.MAX_TEXT + " characters.");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it
        var note = new Note(UUID.randomUUID(), candidateId, actor.username(), text.strip(), now);
        notes.add(note);
        candidates.touch(candidateId, now);
        audit.record(
                actor.username(),
                AuditAction.CANDIDATE_NOTE_ADDED,
                Candidate.AUDIT_TYPE,
                candidateId,
                Map.of("noteId", note.id()));
        return note;
    }
}
