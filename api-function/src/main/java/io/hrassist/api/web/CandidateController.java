package io.hrassist.api.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.api.domain.AddCandidate;
import io.hrassist.api.domain.CandidateQuery;
import io.hrassist.api.domain.ExportCandidateList;
import io.hrassist.api.domain.ListCandidates;
import io.hrassist.api.domain.ReevaluateVacancy;
import io.hrassist.api.domain.Role;
import io.hrassist.api.domain.Stage;
import io.hrassist.events.DocumentType;
import io.hrassist.events.ResumeEvaluated.FlagType;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.Nullable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Candidates of a vacancy: upload a resume (PDF, DOCX or text) to evaluate it, list them ranked by score with their
 * evaluations side by side, evaluate them all again after the vacancy changed.
 */
@Controller("/api/v1/vacancies/{id}/candidates")
@Secured({Role.ADMIN_NAME, Role.RECRUITER_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Candidates")
class CandidateController {

    private final AddCandidate addCandidate;
    private final ListCandidates listCandidates;
    private final ExportCandidateList exportCandidateList;
    private final ReevaluateVacancy reevaluateVacancy;
    private final ObjectMapper mapper;

    CandidateController(
            AddCandidate addCandidate,
            ListCandidates listCandidates,
            ExportCandidateList exportCandidateList,
            ReevaluateVacancy reevaluateVacancy,
            ObjectMapper mapper) {
        this.addCandidate = addCandidate;
        this.listCandidates = listCandidates;
        this.exportCandidateList = exportCandidateList;
        this.reevaluateVacancy = reevaluateVacancy;
        this.mapper = mapper;
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<Uploaded> upload(UUID id, @Part("file") CompletedFileUpload file, Authentication user) {
        byte[] bytes = bytes(file);
        if (bytes.length == 0) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "The uploaded file is empty.");
        }
        String mediaType = DocumentType.detect(bytes)
                .map(DocumentType::mediaType)
                .orElseThrow(() -> new HttpStatusException(
                        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        "The file is not a PDF, a DOCX or UTF-8 text (decided by its content, not its name)."));
        String name = file.getFilename() == null || file.getFilename().isBlank() ? "resume" : file.getFilename();
        var added = addCandidate.add(
                Actors.of(user), id, name.length() > 255 ? name.substring(0, 255) : name, mediaType, bytes);
        var body = new Uploaded(CandidateView.of(added.candidate()), TaskView.of(added.task()));
        return HttpResponse.accepted(URI.create(body.task().location())).body(body);
    }

    /**
     * Also for the hiring managers of the vacancy; {@code stale} marks evaluations of an earlier vacancy content. Only
     * those in {@code stage} and with {@code flag} when asked, in {@code sort} order (default: by score); each keeps
     * its {@code rank} among all the vacancy's scored candidates.
     */
    @Get
    @Secured({Role.ADMIN_NAME, Role.RECRUITER_NAME, Role.HIRING_MANAGER_NAME})
    List<CandidateView> ranked(
            UUID id,
            @Nullable @QueryValue String stage,
            @Nullable @QueryValue String flag,
            @Nullable @QueryValue String sort,
            Authentication user) {
        var query = new CandidateQuery(
                VacancyController.option(Stage.class, "stage", stage),
                VacancyController.option(FlagType.class, "flag", flag),
                VacancyController.option(CandidateQuery.Sort.class, "sort", sort));
        return listCandidates.list(id, query, Actors.of(user)).stream()
                .map(ranked -> CandidateView.of(ranked.candidate(), ranked.stale(), ranked.rank()))
                .toList();
    }

    /**
     * The ranked list as a CSV download (UTF-8 with a byte-order mark, so that spreadsheets read the names right); for
     * recruiters and admins, like the subject-access export, since it carries every candidate's name at once.
     */
    @Get(value = "/export", produces = "text/csv")
    HttpResponse<String> export(UUID id, Authentication user) {
        String csv = CandidatesCsv.of(exportCandidateList.export(id, Actors.of(user)), mapper);
        return HttpResponse.ok("\uFEFF" + csv)
                .contentType(new MediaType("text/csv", Map.of("charset", "utf-8")))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"candidates-" + id + ".csv\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    /** Evaluates every candidate of the vacancy again, against the vacancy as it is now. */
    @Post("/evaluations")
    HttpResponse<List<TaskView>> reevaluate(UUID id, Authentication user) {
        List<TaskView> started = reevaluateVacancy.reevaluateAll(id, Actors.of(user)).stream()
                .map(TaskView::of)
                .toList();
        return HttpResponse.accepted().body(started);
    }

    /** Response of an upload: the candidate and the task that evaluates the resume. */
    record Uploaded(CandidateView candidate, TaskView task) {}

    private static byte[] bytes(CompletedFileUpload file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
