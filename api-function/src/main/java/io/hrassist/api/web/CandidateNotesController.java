package io.hrassist.api.web;

import io.hrassist.api.domain.AddNote;
import io.hrassist.api.domain.ReadNotes;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Notes on a candidate: the hiring team (hiring managers too) writes and reads them. */
@Controller("/api/v1/candidates/{id}/notes")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Candidates")
class CandidateNotesController {

    private final AddNote addNote;
    private final ReadNotes readNotes;

    CandidateNotesController(AddNote addNote, ReadNotes readNotes) {
        this.addNote = addNote;
        this.readNotes = readNotes;
    }

    @Post
    HttpResponse<NoteView> add(UUID id, @Valid @Body NoteRequest request, Authentication user) {
        NoteView note = NoteView.of(addNote.add(id, request.text(), Actors.of(user)));
        return HttpResponse.created(note, URI.create("/api/v1/candidates/" + id + "/notes"));
    }

    /** The notes, oldest first. */
    @Get
    List<NoteView> list(UUID id, Authentication user) {
        return readNotes.read(id, Actors.of(user)).stream().map(NoteView::of).toList();
    }
}
