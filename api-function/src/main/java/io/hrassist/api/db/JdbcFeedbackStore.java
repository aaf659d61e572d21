package io.hrassist.api.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.api.domain.FeedbackStore;
import io.hrassist.api.domain.InterviewFeedback;
import io.hrassist.api.domain.InterviewFeedback.Rating;
import io.hrassist.api.domain.InterviewFeedback.Recommendation;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Interview feedback in PostgreSQL; the ratings of one feedback are a JSON array in one column. */
@Singleton
class JdbcFeedbackStore implements FeedbackStore {

    private static final String UPSERT = "INSERT INTO interview_feedback (candidate_id, interviewer, kit_task_id, "
            + "ratings, recommendation, comment, submitted_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            + "ON CONFLICT (candidate_id, interviewer) DO UPDATE SET kit_task_id = EXCLUDED.kit_task_id, "
            + "ratings = EXCLUDED.ratings, recommendation = EXCLUDED.recommendation, comment = EXCLUDED.comment, "
            + "updated_at = EXCLUDED.updated_at";

    private final JdbcOperations jdbc;
    private final ObjectMapper mapper;

    JdbcFeedbackStore(JdbcOperations jdbc, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    @Override
    public void save(InterviewFeedback f) {
        String ratings = json(f.ratings());
        jdbc.prepareStatement(UPSERT, statement -> {
            statement.setObject(1, f.candidateId());
            statement.setString(2, f.interviewer());
            statement.setObject(3, f.kitId());
            statement.setString(4, ratings);
            statement.setString(5, f.recommendation().name());
            statement.setString(6, f.comment());
            statement.setTimestamp(7, Timestamp.from(f.submittedAt()));
            statement.setTimestamp(8, Timestamp.from(f.updatedAt()));
            return statement.executeUpdate();
        });
    }

    @Override
    public List<InterviewFeedback> of(UUID candidateId) {
        return jdbc.prepareStatement(
                "SELECT interviewer, kit_task_id, ratings, recommendation, comment, submitted_at, updated_at "
                        + "FROM interview_feedback WHERE candidate_id = ? ORDER BY submitted_at, interviewer",
                statement -> {
                    statement.setObject(1, candidateId);
                    var all = new ArrayList<InterviewFeedback>();
                    try (var row = statement.executeQuery()) {
                        while (row.next()) {
                            all.add(feedback(candidateId, row));
                        }
                    }
                    return all;
                });
    }

    private InterviewFeedback feedback(UUID candidateId, ResultSet row) throws SQLException {
        return new InterviewFeedback(
                candidateId,
                row.getString(1),
                row.getObject(2, UUID.class),
                ratings(row.getString(3)),
                Recommendation.valueOf(row.getString(4)),
                row.getString(5),
                row.getTimestamp(6).toInstant(),
                row.getTimestamp(7).toInstant());
    }

    private String json(List<Rating> ratings) {
        try {
            return mapper.writeValueAsString(ratings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Rating> ratings(String json) {
        try {
            return mapper.readValue(json, new TypeReference<>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt ratings in interview_feedback", e);
        }
    }
}
