package io.hrassist.api.web;

import io.hrassist.api.domain.VacancyStatus;
import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;

/** Body of {@code PUT /api/v1/vacancies/{id}/status}. */
@Introspected
record StatusRequest(@NotNull VacancyStatus status) {}
