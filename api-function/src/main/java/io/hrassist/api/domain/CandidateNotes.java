package io.hrassist.api.domain;

import java.util.List;
import java.util.UUID;

/** Notes on candidates, kept with the candidate and erased with it. */
public interface CandidateNotes {

    void add(Note note);

    /** The notes on a candidate, oldest first. */
    List<Note> of(UUID candidateId);
}
