package io.hrassist.api.web;

import io.hrassist.api.domain.ReadFeedback;
import io.hrassist.api.domain.SubmitFeedback;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;

/**
 * Interview feedback on a candidate: each interviewer submits (and may revise) their own on the vacancy's kit, and
 * sees the others' once theirs is in.
 */
@Controller("/api/v1/candidates/{id}/feedback")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Candidates")
class CandidateFeedbackController {

    private final SubmitFeedback submitFeedback;
    private final ReadFeedback readFeedback;

    CandidateFeedbackController(SubmitFeedback submitFeedback, ReadFeedback readFeedback) {
        this.submitFeedback = submitFeedback;
        this.readFeedback = readFeedback;
    }

    /** The caller's own feedback, as kept. */
    @Put
    FeedbackView.Entry submit(UUID id, @Valid @Body FeedbackRequest request, Authentication user) {
        return FeedbackView.Entry.of(submitFeedback.submit(id, request.toSubmission(), Actors.of(user)));
    }

    @Get
    FeedbackSheetView read(UUID id, Authentication user) {
        return FeedbackSheetView.of(readFeedback.read(id, Actors.of(user)));
    }
}
