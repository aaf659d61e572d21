package io.hrassist.api.fakes;

import io.hrassist.api.domain.CandidateNotes;
import io.hrassist.api.domain.Note;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Notes in a list; a note names an existing candidate and is erased with it. */
public final class InMemoryCandidateNotes implements CandidateNotes {

    private final InMemoryStores stores;
    private final List<Note> notes = new ArrayList<>();

    InMemoryCandidateNotes(InMemoryStores stores) {
        this.stores = stores;
    }

    @Override
    public void add(Note note) {
        if (stores.candidates().find(note.candidateId()).isEmpty()) {
            throw new IllegalStateException("No candidate " + note.candidateId());
        }
        notes.add(note);
    }

    @Override
    public List<Note> of(UUID candidateId) {
        return notes.stream()
                .filter(note -> note.candidateId().equals(candidateId))
                .sorted(Comparator.comparing(Note::createdAt)
                        .thenComparing(note -> note.id().toString()))
                .toList();
    }

    void candidateErased(UUID candidateId) {
        notes.removeIf(note -> note.candidateId().equals(candidateId));
    }
}
