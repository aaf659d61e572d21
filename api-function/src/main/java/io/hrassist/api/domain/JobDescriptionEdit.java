package io.hrassist.api.domain;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/**
 * A vacancy's job description as a recruiter last saved it: the Markdown, the generated one it started from (if any),
 * who saved it and when, and its {@code version} for the next edit.
 */
public record JobDescriptionEdit(
        UUID vacancyId, String markdown, @Nullable UUID basedOnTask, String editedBy, Instant editedAt, long version) {

    /** The longest job description kept, in characters (a long one is about 8,000). */
    public static final int MAX_LENGTH = 50_000;

    public JobDescriptionEdit {
        if (markdown == null || markdown.isBlank()) {
            throw new InvalidInputException("The job description is empty.");
        }
        if (markdown.length() > MAX_LENGTH) {
            throw new InvalidInputException(
                    "The job description is " + markdown.length() + " characters long; at most " + MAX_LENGTH + ".");
        }
    }
}
