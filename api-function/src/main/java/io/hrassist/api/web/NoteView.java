package io.hrassist.api.web;

import io.hrassist.api.domain.Note;
import io.micronaut.core.annotation.Introspected;
import java.time.Instant;
import java.util.UUID;

/** A note on a candidate. */
@Introspected
record NoteView(UUID id, String author, String text, Instant createdAt) {

    static NoteView of(Note n) {
        return new NoteView(n.id(), n.author(), n.text(), n.createdAt());
    }
}
