package io.hrassist.api.domain;

import io.hrassist.events.VacancyBrief;
import java.time.Instant;
import java.util.UUID;

/** A vacancy: what it asks for, and its bookkeeping. */
public record Vacancy(
        UUID id, VacancyBrief brief, long version, String createdBy, Instant createdAt, Instant updatedAt) {}
