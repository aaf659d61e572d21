package io.hrassist.api.db;

import io.hrassist.api.domain.ErasedTasks;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/** The ids the {@code task_erased} trigger remembers when a task is erased. */
@Singleton
class JdbcErasedTasks implements ErasedTasks {

    private final JdbcOperations jdbc;

    JdbcErasedTasks(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean erased(UUID taskId) {
        return jdbc.prepareStatement("SELECT 1 FROM erased_task WHERE task_id = ?", statement -> {
            statement.setObject(1, taskId);
            try (var row = statement.executeQuery()) {
                return row.next();
            }
        });
    }

    @Override
    @Transactional
    public int forgetBefore(Instant cutoff) {
        return jdbc.prepareStatement("DELETE FROM erased_task WHERE erased_at < ?", statement -> {
            statement.setTimestamp(1, Timestamp.from(cutoff));
            return statement.executeUpdate();
        });
    }
}
