package io.hrassist.api.web;

import io.hrassist.api.domain.ExportCandidate;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;

/** Subject access: everything held about a candidate as one JSON document, for recruiters and admins. */
@Controller("/api/v1/candidates/{id}/export")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Candidates")
class CandidateExportController {

    private final ExportCandidate exportCandidate;

    CandidateExportController(ExportCandidate exportCandidate) {
        this.exportCandidate = exportCandidate;
    }

    @Get
    HttpResponse<CandidateExportView> export(UUID id, Authentication user) {
        var export = CandidateExportView.of(exportCandidate.export(id, Actors.of(user)));
        return HttpResponse.ok(export)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"candidate-" + id + ".json\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
