package io.hrassist.api.db;

import io.hrassist.api.domain.Stage;
import io.hrassist.api.domain.StageChange;
import io.hrassist.api.domain.StageHistory;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Singleton
class JdbcStageHistory implements StageHistory {

    private final JdbcOperations jdbc;

    JdbcStageHistory(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(StageChange change) {
        jdbc.prepareStatement(
                "INSERT INTO candidate_stage_change (candidate_id, from_stage, to_stage, reason, changed_by, changed_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)",
                statement -> {
                    statement.setObject(1, change.candidateId());
                    statement.setString(2, change.from().name());
                    statement.setString(3, change.to().name());
                    statement.setString(4, change.reason());
                    statement.setString(5, change.changedBy());
                    statement.setTimestamp(6, Timestamp.from(change.changedAt()));
                    return statement.executeUpdate();
                });
    }

    @Override
    public List<StageChange> of(UUID candidateId) {
        return jdbc.prepareStatement(
                "SELECT from_stage, to_stage, reason, changed_by, changed_at FROM candidate_stage_change "
                        + "WHERE candidate_id = ? ORDER BY changed_at, id",
                statement -> {
                    statement.setObject(1, candidateId);
                    var changes = new ArrayList<StageChange>();
                    try (var row = statement.executeQuery()) {
                        while (row.next()) {
                            changes.add(new StageChange(
                                    candidateId,
                                    Stage.valueOf(row.getString(1)),
                                    Stage.valueOf(row.getString(2)),
                                    row.getString(3),
                                    row.getString(4),
                                    row.getTimestamp(5).toInstant()));
                        }
                    }
                    return changes;
                });
    }
}
