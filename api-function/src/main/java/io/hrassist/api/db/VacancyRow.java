package io.hrassist.api.db;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/** Row of {@code vacancy}; skill lists are JSON arrays; its hiring managers are rows of their own. */
@MappedEntity("vacancy")
record VacancyRow(
        @Id UUID id,
        String title,
        String language,
        @Nullable String seniority,
        @Nullable String location,
        @Nullable String employmentType,
        @Nullable String workFormat,
        String mustHaveSkills,
        String niceToHaveSkills,
        @Nullable String brief,
        @Version long version,
        @Nullable String createdBy,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant closedAt,
        @Nullable Instant archivedAt,
        @Nullable Instant contentChangedAt) {}
