package io.hrassist.api.db;

import io.hrassist.api.domain.CandidateQuery;
import io.hrassist.api.domain.Stage;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The candidate list's query: which candidates of a vacancy match (stage; a flag of their evaluation) and in which
 * order. The order becomes SQL only from the fixed fragments below; stage and flag are bind parameters.
 */
@Singleton
class CandidateSelection {

    private static final String SCORE = "t.score DESC NULLS LAST";

    private static final Map<CandidateQuery.Sort, String> ORDER = Map.of(
            CandidateQuery.Sort.SCORE, SCORE,
            CandidateQuery.Sort.NAME, "lower(coalesce(c.contact_name, c.file_name)) ASC",
            CandidateQuery.Sort.NEWEST, "c.created_at DESC",
            CandidateQuery.Sort.OLDEST, "c.created_at ASC",
            CandidateQuery.Sort.STAGE,
                    Arrays.stream(Stage.values())
                            .map(stage -> "'" + stage.name() + "'")
                            .collect(Collectors.joining(",", "array_position(ARRAY[", "]::text[], c.stage::text)")));

    private final JdbcOperations jdbc;

    CandidateSelection(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Ids of the vacancy's candidates that match, in the query's order. */
    @ReadOnly
    List<UUID> find(UUID vacancyId, CandidateQuery query) {
        // CASE, not AND: only a finished evaluation's result is read as JSON.
        String sql = "SELECT c.id FROM candidate c LEFT JOIN task t ON t.id = c.evaluation_task_id"
                + " WHERE c.vacancy_id = ? AND (? = '' OR c.stage = ?)"
                + " AND (? = '' OR CASE WHEN t.status = 'SUCCEEDED' AND t.result IS NOT NULL"
                + " THEN (t.result::jsonb -> 'flags') @> jsonb_build_array(jsonb_build_object('type', ?::text))"
                + " ELSE false END)"
                + " ORDER BY " + ORDER.get(query.sort()) + ", " + SCORE + ", c.created_at, c.id";
        String stage = query.stage() == null ? "" : query.stage().name();
        String flag = query.flag() == null ? "" : query.flag().name();
        return jdbc.prepareStatement(sql, statement -> {
            statement.setObject(1, vacancyId);
            statement.setString(2, stage);
            statement.setString(3, stage);
            statement.setString(4, flag);
            statement.setString(5, flag);
            var ids = new ArrayList<UUID>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            return ids;
        });
    }
}
