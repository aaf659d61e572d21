package io.hrassist.ui.web;

import io.hrassist.ui.api.Candidate;
import io.hrassist.ui.api.CandidateFilter;
import io.hrassist.ui.api.CoreApi;
import io.hrassist.ui.api.JobDescriptionEdit;
import io.hrassist.ui.api.Task;
import io.hrassist.ui.render.Evaluation;
import io.hrassist.ui.render.Failure;
import io.hrassist.ui.render.Question;
import io.hrassist.ui.render.Results;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The models of the vacancy page's sections, shared by the whole page and by the fragments htmx reloads. */
@Singleton
class Sections {

    static final List<String> QUESTION_TYPES = List.of("TECHNICAL", "BEHAVIORAL", "SITUATIONAL");

    private final CoreApi api;
    private final JobDescriptionPanel jobDescription;
    private final Results results;
    private final long uploadMaxBytes;

    Sections(
            CoreApi api,
            JobDescriptionPanel jobDescription,
            Results results,
            @Value("${micronaut.server.multipart.max-file-size:10485760}") long uploadMaxBytes) {
        this.api = api;
        this.jobDescription = jobDescription;
        this.results = results;
        this.uploadMaxBytes = uploadMaxBytes;
    }

    /** The whole vacancy page: the vacancy and its three sections. */
    Map<String, Object> page(String token, UUID vacancy, @Nullable String questionType) {
        return page(token, vacancy, questionType, CandidateFilter.NONE);
    }

    /** The whole vacancy page with the candidates {@code filter} asks for. */
    @SuppressWarnings("unchecked")
    Map<String, Object> page(String token, UUID vacancy, @Nullable String questionType, CandidateFilter filter) {
        var shown = api.vacancy(token, vacancy); // first: an unknown vacancy is a 404 before anything else is asked
        var model = all(token, vacancy, questionType, filter);
        model.put("vacancy", shown);
        boolean staleScores =
                ((List<Evaluation>) model.get("candidates")).stream().anyMatch(Evaluation::stale);
        model.put("staleScores", staleScores);
        model.put("staleResults", staleScores || stale(model));
        model.put("skipToCandidates", true);
        model.put("uploadMaxBytes", uploadMaxBytes);
        model.put("uploadMaxMb", Math.max(1, uploadMaxBytes / (1024 * 1024)));
        return model;
    }

    /**
     * Whether the job description (as generated or as edited) or the interview kit was made before the vacancy's
     * title, language, seniority or skills changed.
     */
    private static boolean stale(Map<String, Object> model) {
        return model.get("jdTask") instanceof Task jd && jd.stale()
                || model.get("jdEdit") instanceof JobDescriptionEdit edit && edit.stale()
                || model.get("qTask") instanceof Task questions && questions.stale();
    }

    Map<String, Object> all(String token, UUID vacancy, @Nullable String questionType, CandidateFilter filter) {
        var model = new HashMap<String, Object>();
        model.putAll(jobDescription.model(token, vacancy));
        model.putAll(questions(vacancy, api.latestTask(token, vacancy, "INTERVIEW_QUESTIONS"), questionType));
        model.putAll(candidates(token, vacancy, filter));
        return model;
    }

    Map<String, Object> questions(UUID vacancy, @Nullable Task task, @Nullable String type) {
        var model = new HashMap<String, Object>();
        List<Question> all = results.questions(task);
        String filter = type != null && QUESTION_TYPES.contains(type) ? type : "";
        model.put("vacancyId", vacancy);
        model.put("qTask", task);
        model.put("qFailure", task == null ? null : Failure.of(task.error()));
        model.put("questionTypes", QUESTION_TYPES);
        model.put("qType", filter);
        model.put(
                "questions",
                all.stream()
                        .filter(q -> filter.isEmpty() || q.type().equals(filter))
                        .toList());
        model.put("questionCount", all.size());
        return model;
    }

    /**
     * The candidates {@code filter} asks for in its order, each with its rank by score among all the vacancy's
     * candidates (none while it has no score), with the reason of each failed evaluation (read from its task).
     */
    Map<String, Object> candidates(String token, UUID vacancy, CandidateFilter filter) {
        var rows = new ArrayList<Evaluation>();
        for (Candidate candidate : api.candidates(token, vacancy, filter)) {
            boolean scored = "SUCCEEDED".equals(candidate.evaluationStatus()) && candidate.score() != null;
            boolean failed = "FAILED".equals(candidate.evaluationStatus());
            rows.add(results.evaluation(
                    candidate, scored ? candidate.rank() : null, failed ? failure(token, candidate) : null));
        }
        var model = new HashMap<String, Object>();
        model.put("vacancyId", vacancy);
        model.put("candidates", rows);
        model.put("evaluating", rows.stream().anyMatch(Evaluation::pending));
        model.put("filter", filter);
        model.put("stages", CandidateFilter.STAGES);
        model.put("flags", CandidateFilter.FLAGS);
        model.put("sorts", CandidateFilter.SORTS);
        return model;
    }

    private @Nullable Failure failure(String token, Candidate candidate) {
        if (candidate.evaluationTaskId() == null) {
            return Failure.of(null);
        }
        return Failure.of(api.task(token, candidate.evaluationTaskId()).error());
    }
}
