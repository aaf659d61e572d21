package io.hrassist.ui.web;

import io.hrassist.ui.api.Candidate;
import io.hrassist.ui.api.CandidateApi;
import io.hrassist.ui.api.CandidateDetail;
import io.hrassist.ui.api.CoreApi;
import io.hrassist.ui.api.FeedbackSheet;
import io.hrassist.ui.api.User;
import io.hrassist.ui.render.Failure;
import io.hrassist.ui.render.Results;
import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The model of a candidate's page: the person, their vacancy, the stages they may be moved to (none for a hiring
 * manager, who may not decide), the evaluation as advice, notes, and the interview feedback the user may see.
 */
@Singleton
class CandidateSheet {

    private final CandidateApi candidates;
    private final CoreApi api;
    private final Results results;

    CandidateSheet(CandidateApi candidates, CoreApi api, Results results) {
        this.candidates = candidates;
        this.api = api;
        this.results = results;
    }

    Map<String, Object> of(String token, User me, UUID id) {
        CandidateDetail candidate = candidates.candidate(token, id);
        FeedbackSheet feedback = candidates.feedback(token, id);
        var model = new HashMap<String, Object>();
        model.put("candidate", candidate);
        model.put("vacancy", api.vacancy(token, candidate.vacancyId()));
        model.put("stages", me.recruiter() ? Stages.from(candidate.stage()) : List.of());
        model.put("nextStage", Stages.next(candidate.stage()));
        model.put("evaluation", results.evaluation(asRow(candidate), null, failure(token, candidate)));
        model.put("sheet", feedback);
        model.put("own", feedback.own(me.username()));
        model.put("recommendations", FeedbackSheet.RECOMMENDATIONS);
        return model;
    }

    private @Nullable Failure failure(String token, CandidateDetail candidate) {
        if (!"FAILED".equals(candidate.evaluationStatus())) {
            return null;
        }
        return candidate.evaluationTaskId() == null
                ? Failure.of(null)
                : Failure.of(api.task(token, candidate.evaluationTaskId()).error());
    }

    private static Candidate asRow(CandidateDetail c) {
        return new Candidate(
                c.id(),
                c.name(),
                c.fileName(),
                c.stage(),
                c.evaluationTaskId(),
                c.evaluationStatus(),
                c.score(),
                c.evaluation(),
                false,
                null);
    }
}
