package io.hrassist.api.web;

import io.hrassist.api.domain.ChangeStage;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
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
 * Decisions on a candidate: move it to another stage ({@link io.hrassist.api.domain.Stage} lists the moves allowed).
 * People decide; the score never moves a candidate.
 */
@Controller("/api/v1/candidates/{id}/stage")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Candidates")
class CandidateStageController {

    private final ChangeStage changeStage;

    CandidateStageController(ChangeStage changeStage) {
        this.changeStage = changeStage;
    }

    /** The change made: from, to, reason, by whom and when. */
    @Put
    StageChangeView change(UUID id, @Valid @Body StageRequest request, Authentication user) {
        return StageChangeView.of(changeStage.change(id, request.stage(), request.reason(), Actors.of(user)));
    }
}
