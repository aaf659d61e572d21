package io.hrassist.ui.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.hrassist.events.JobDescriptionGenerated.Warning;
import io.micronaut.core.annotation.Introspected;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A vacancy's job description as a recruiter last saved it: the Markdown, the generated one it started from, who saved
 * it and when, the {@code version} the next save names, and the wording check's warnings on it (the API leaves out
 * an empty list).
 */
@Introspected
@JsonIgnoreProperties(ignoreUnknown = true)
public record JobDescriptionEdit(
        String markdown,
        @Nullable UUID basedOnTask,
        String editedBy,
        Instant editedAt,
        long version,
        boolean stale,
        @Nullable List<Warning> warnings) {

    public JobDescriptionEdit {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** When it was saved, as the pages show times. */
    public String editedAtShown() {
        return Times.shown(editedAt);
    }
}
