package io.hrassist.api.web;

import io.hrassist.api.domain.CandidateDocument;
import io.hrassist.api.domain.DownloadDocument;
import io.hrassist.api.domain.EraseCandidate;
import io.hrassist.api.domain.ReevaluateCandidate;
import io.hrassist.api.domain.ViewCandidate;
import io.hrassist.events.DocumentType;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;

/**
 * One candidate: read it (with its decisions, notes and feedback), download its original file, evaluate it again,
 * erase it. Access follows the candidate's vacancy ({@link io.hrassist.api.domain.CandidateAccess}).
 */
@Controller("/api/v1/candidates/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Candidates")
class CandidateDetailController {

    private final ViewCandidate viewCandidate;
    private final DownloadDocument downloadDocument;
    private final ReevaluateCandidate reevaluateCandidate;
    private final EraseCandidate eraseCandidate;

    CandidateDetailController(
            ViewCandidate viewCandidate,
            DownloadDocument downloadDocument,
            ReevaluateCandidate reevaluateCandidate,
            EraseCandidate eraseCandidate) {
        this.viewCandidate = viewCandidate;
        this.downloadDocument = downloadDocument;
        this.reevaluateCandidate = reevaluateCandidate;
        this.eraseCandidate = eraseCandidate;
    }

    @Get
    CandidateDetailView get(UUID id, Authentication user) {
        return CandidateDetailView.of(viewCandidate.view(id, Actors.of(user)));
    }

    /**
     * The original file as uploaded, with the media type its content has, always as a download: a browser never
     * renders it in the API's origin.
     */
    @Get(uri = "/document", produces = MediaType.ALL)
    HttpResponse<byte[]> document(UUID id, Authentication user) {
        CandidateDocument document = downloadDocument.download(id, Actors.of(user));
        String type = document.mediaType().equals(DocumentType.TEXT.mediaType())
                ? DocumentType.TEXT.mediaType() + ";charset=UTF-8"
                : document.mediaType();
        return HttpResponse.ok(document.content())
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        Attachments.disposition(document.fileName(), document.mediaType()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    /** Evaluates the candidate again against the vacancy as it is now. */
    @Post("/evaluations")
    HttpResponse<TaskView> reevaluate(UUID id, Authentication user) {
        return TaskController.accepted(reevaluateCandidate.reevaluate(id, Actors.of(user)));
    }

    /** Erases the candidate and everything held about them; afterwards every read of it answers 404. */
    @Delete
    HttpResponse<Void> erase(UUID id, Authentication user) {
        eraseCandidate.erase(id, Actors.of(user));
        return HttpResponse.noContent();
    }
}
