package io.hrassist.api.domain;

import java.time.Instant;
import java.util.UUID;

/** A note someone of the hiring team wrote about a candidate. */
public record Note(UUID id, UUID candidateId, String author, String text, Instant createdAt) {

    /** Longest note kept. */
    public static final int MAX_TEXT = 5000;
}
