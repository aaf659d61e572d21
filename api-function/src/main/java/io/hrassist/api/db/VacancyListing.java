package io.hrassist.api.db;

import io.hrassist.api.domain.VacancyQuery;
import io.hrassist.api.domain.VacancyStatus;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The vacancy list's query: which vacancies match (text in title, location or skills; status; assignment), in which
 * order, with their candidate counts and the total in one round trip. The order and status become SQL only from the
 * fixed fragments below; everything the user typed is a bind parameter.
 */
@Singleton
class VacancyListing {

    private static final Map<VacancyQuery.Sort, String> ORDER = Map.of(
            VacancyQuery.Sort.NEWEST, "v.created_at DESC",
            VacancyQuery.Sort.OLDEST, "v.created_at ASC",
            VacancyQuery.Sort.UPDATED, "v.updated_at DESC",
            VacancyQuery.Sort.TITLE, "lower(v.title) ASC",
            VacancyQuery.Sort.CANDIDATES, "candidates DESC");

    private static final Map<VacancyStatus, String> STATUS = Map.of(
            VacancyStatus.OPEN, "v.closed_at IS NULL AND v.archived_at IS NULL",
            VacancyStatus.CLOSED, "v.closed_at IS NOT NULL AND v.archived_at IS NULL",
            VacancyStatus.ARCHIVED, "v.archived_at IS NOT NULL");

    private final JdbcOperations jdbc;

    VacancyListing(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Ids in list order with their candidate counts, and the number of matches in all (0 when none). */
    @ReadOnly
    Matches find(VacancyQuery query) {
        String sql = "SELECT v.id, (SELECT count(*) FROM candidate c WHERE c.vacancy_id = v.id) AS candidates, "
                + "count(*) OVER () AS total FROM vacancy v WHERE "
                + (query.status() == null ? "v.archived_at IS NULL" : STATUS.get(query.status()))
                + " AND (? = '' OR v.title ILIKE ? OR v.location ILIKE ? OR v.must_have_skills ILIKE ?"
                + " OR v.nice_to_have_skills ILIKE ?)"
                + " AND (? = '' OR EXISTS (SELECT 1 FROM vacancy_hiring_manager h"
                + " WHERE h.vacancy_id = v.id AND h.username = ?))"
                + " ORDER BY " + ORDER.get(query.sort()) + ", v.created_at DESC, v.id LIMIT ? OFFSET ?";
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, query);
            return read(statement.executeQuery());
        });
    }

    private static void bind(PreparedStatement statement, VacancyQuery query) throws SQLException {
        String text = query.text() == null ? "" : query.text();
        String pattern = "%" + escapeLike(text) + "%";
        String manager = query.hiringManager() == null ? "" : query.hiringManager();
        statement.setString(1, text);
        for (int i = 2; i <= 5; i++) {
            statement.setString(i, pattern);
        }
        statement.setString(6, manager);
        statement.setString(7, manager);
        statement.setInt(8, query.limit());
        statement.setInt(9, query.offset());
    }

    private static Matches read(ResultSet rows) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        long total = 0;
        while (rows.next()) {
            ids.add(rows.getObject("id", UUID.class));
            counts.add(rows.getLong("candidates"));
            total = rows.getLong("total");
        }
        return new Matches(ids, counts, total);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** One page of matching ids, their candidate counts (same order) and the total. */
    record Matches(List<UUID> ids, List<Long> candidates, long total) {}
}
