package io.hrassist.ui.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.InterviewQuestionsGenerated;
import io.hrassist.events.JobDescriptionGenerated;
import io.hrassist.events.ResumeEvaluated;
import io.hrassist.ui.api.Candidate;
import io.hrassist.ui.api.Task;
import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the result data the API passes through as the contract's records, then as what a page shows. A result that
 * does not bind (written corrupt) is logged and shown as no result at all, so one bad row never breaks a page.
 */
@Singleton
public final class Results {

    private static final Logger LOG = LoggerFactory.getLogger(Results.class);

    private final ObjectMapper mapper;

    public Results(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The job description a succeeded task made; null while it has none. */
    public @Nullable JobDescription jobDescription(@Nullable Task task) {
        if (task == null || !task.succeeded()) {
            return null;
        }
        return bind(task.result(), JobDescriptionGenerated.class, task)
                .map(JobDescription::of)
                .orElse(null);
    }

    /** The questions of a succeeded task, in its order; none while it has none. */
    public List<Question> questions(@Nullable Task task) {
        if (task == null || !task.succeeded()) {
            return List.of();
        }
        return bind(task.result(), InterviewQuestionsGenerated.class, task)
                .map(Question::of)
                .orElse(List.of());
    }

    /** The candidate's row; see {@link Evaluation#of(Candidate, ResumeEvaluated, Integer, Failure)}. */
    public Evaluation evaluation(Candidate candidate, @Nullable Integer rank, @Nullable Failure failure) {
        ResumeEvaluated evaluation = bind(candidate.evaluation(), ResumeEvaluated.class, candidate.id())
                .orElse(null);
        return Evaluation.of(candidate, evaluation, rank, failure);
    }

    private <T> Optional<T> bind(@Nullable JsonNode data, Class<T> type, Object owner) {
        if (data == null || data.isNull()) {
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.treeToValue(data, type));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // where and what kind, not the message: it may quote the result, and a resume's text stays out of logs
            String at = e instanceof JsonMappingException mapping ? mapping.getPathReference() : "";
            LOG.warn(
                    "Result of {} is no {}, shown as none: {} {}",
                    owner,
                    type.getSimpleName(),
                    e.getClass().getSimpleName(),
                    at);
            return Optional.empty();
        }
    }
}
