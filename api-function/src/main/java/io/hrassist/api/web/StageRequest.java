package io.hrassist.api.web;

import io.hrassist.api.domain.Stage;
import io.micronaut.core.annotation.Introspected;
import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code PUT /api/v1/candidates/{id}/stage}: the stage to move to and why (required for REJECTED). */
@Introspected
record StageRequest(
        @NotNull Stage stage,
        @Nullable @Size(max = Stage.MAX_REASON) String reason) {}
