package io.hrassist.api.db;

import io.micronaut.core.annotation.Introspected;
import java.util.UUID;

/** A row of {@code vacancy_hiring_manager}: a hiring manager assigned to a vacancy. */
@Introspected
record Assignment(UUID vacancyId, String username) {}
