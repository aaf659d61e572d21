package io.hrassist.api.domain;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/** One decision about a candidate: who moved it from which stage to which, when and why. */
public record StageChange(
        UUID candidateId, Stage from, Stage to, @Nullable String reason, String changedBy, Instant changedAt) {}
