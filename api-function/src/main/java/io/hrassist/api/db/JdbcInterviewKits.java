package io.hrassist.api.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.api.domain.InterviewKit;
import io.hrassist.api.domain.InterviewKits;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Interview kits as they are kept: the results of succeeded interview-question tasks of a vacancy. */
@Singleton
class JdbcInterviewKits implements InterviewKits {

    private static final String KITS = "SELECT id, vacancy_id, result FROM task WHERE kind = 'INTERVIEW_QUESTIONS' "
            + "AND status = 'SUCCEEDED' AND vacancy_id IS NOT NULL ";

    private final JdbcOperations jdbc;
    private final ObjectMapper mapper;

    JdbcInterviewKits(JdbcOperations jdbc, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    @Override
    public Optional<InterviewKit> newest(UUID vacancyId) {
        return one(KITS + "AND vacancy_id = ? ORDER BY completed_at DESC, id LIMIT 1", vacancyId);
    }

    @Override
    public Optional<InterviewKit> find(UUID id) {
        return one(KITS + "AND id = ?", id);
    }

    private Optional<InterviewKit> one(String sql, UUID parameter) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setObject(1, parameter);
            try (var row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.<InterviewKit>empty();
                }
                return Optional.of(new InterviewKit(
                        row.getObject(1, UUID.class), row.getObject(2, UUID.class), questions(row.getString(3))));
            }
        });
    }

    private List<String> questions(String result) {
        try {
            var texts = new ArrayList<String>();
            for (JsonNode question : mapper.readTree(result).path("questions")) {
                texts.add(question.path("text").asText());
            }
            return texts;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt interview-questions result", e);
        }
    }
}
