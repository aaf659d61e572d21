package io.hrassist.api.db;

import io.hrassist.api.domain.JobDescriptionEdit;
import io.hrassist.api.domain.JobDescriptionEdits;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

/** Edited job descriptions in PostgreSQL; a save from a stale version changes no row. */
@Singleton
class JdbcJobDescriptionEdits implements JobDescriptionEdits {

    private static final String INSERT = "INSERT INTO job_description_edit "
            + "(vacancy_id, markdown, based_on_task, edited_by, edited_at, version) VALUES (?, ?, ?, ?, ?, ?) ";

    private final JdbcOperations jdbc;

    JdbcJobDescriptionEdits(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @ReadOnly
    public Optional<JobDescriptionEdit> find(UUID vacancyId) {
        return jdbc.prepareStatement(
                "SELECT markdown, based_on_task, edited_by, edited_at, version FROM job_description_edit "
                        + "WHERE vacancy_id = ?",
                statement -> {
                    statement.setObject(1, vacancyId);
                    try (var row = statement.executeQuery()) {
                        if (!row.next()) {
                            return Optional.<JobDescriptionEdit>empty();
                        }
                        return Optional.of(new JobDescriptionEdit(
                                vacancyId,
                                row.getString(1),
                                row.getObject(2, UUID.class),
                                row.getString(3),
                                row.getTimestamp(4).toInstant(),
                                row.getLong(5)));
                    }
                });
    }

    @Override
    public boolean save(JobDescriptionEdit edit, @Nullable Long expectedVersion) {
        String sql = INSERT
                + (expectedVersion == null
                        ? "ON CONFLICT (vacancy_id) DO NOTHING"
                        : "ON CONFLICT (vacancy_id) DO UPDATE SET markdown = EXCLUDED.markdown, "
                                + "based_on_task = EXCLUDED.based_on_task, edited_by = EXCLUDED.edited_by, "
                                + "edited_at = EXCLUDED.edited_at, version = EXCLUDED.version "
                                + "WHERE job_description_edit.version = ?");
        return jdbc.prepareStatement(sql, statement -> {
            statement.setObject(1, edit.vacancyId());
            statement.setString(2, edit.markdown());
            statement.setObject(3, edit.basedOnTask());
            statement.setString(4, edit.editedBy());
            statement.setTimestamp(5, Timestamp.from(edit.editedAt()));
            statement.setLong(6, edit.version());
            if (expectedVersion != null) {
                statement.setLong(7, expectedVersion);
            }
            return statement.executeUpdate() == 1;
        });
    }
}
