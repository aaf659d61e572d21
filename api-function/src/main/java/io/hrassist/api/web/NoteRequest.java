package io.hrassist.api.web;

import io.hrassist.api.domain.Note;
import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/candidates/{id}/notes}. */
@Introspected
record NoteRequest(@NotBlank @Size(max = Note.MAX_TEXT) String text) {}
