package io.hrassist.api.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.hrassist.api.domain.AuditEntry;
import io.hrassist.api.domain.Candidate;
import io.hrassist.api.domain.CandidateExport;
import io.hrassist.api.domain.Stage;
import io.hrassist.api.domain.Task;
import io.hrassist.api.domain.TaskStatus;
import io.micronaut.core.annotation.Introspected;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Everything HR Assist holds about one candidate, as one JSON document for a subject access request. The original
 * file is inside it ({@code document.content}, base64), so the document is complete on its own.
 */
@Introspected
@JsonInclude(JsonInclude.Include.ALWAYS)
record CandidateExportView(
        String about,
        Instant exportedAt,
        String exportedBy,
        Applicant candidate,
        @Nullable PersonalDataView personalData,
        Document document,
        List<StageChangeView> stageHistory,
        List<NoteView> notes,
        List<FeedbackView.Entry> interviewFeedback,
        List<Evaluation> evaluations,
        List<AuditRecord> auditTrail) {

    private static final String ABOUT = "Everything HR Assist holds about this candidate: the application, the "
            + "personal data read from the file, the original file (base64), the hiring team's decisions, notes and interview feedback, each automated "
            + "evaluation of the file (advice to the people who decide; it never decides by itself), and the audit log's "
            + "entries about the candidate: who viewed, downloaded, exported or changed it, and when.";

    static CandidateExportView of(CandidateExport e) {
        Candidate c = e.candidate();
        return new CandidateExportView(
                ABOUT,
                e.exportedAt(),
                e.exportedBy(),
                new Applicant(
                        c.id(), c.vacancyId(), e.vacancy().brief().title(), c.stage(), c.createdAt(), c.updatedAt()),
                PersonalDataView.of(c.contact()),
                new Document(c.fileName(), c.mediaType(), c.sizeBytes(), c.sha256(), e.document()),
                e.stageHistory().stream().map(StageChangeView::of).toList(),
                e.notes().stream().map(NoteView::of).toList(),
                e.feedback().stream().map(FeedbackView.Entry::of).toList(),
                e.evaluations().stream().map(Evaluation::of).toList(),
                e.auditTrail().stream().map(AuditRecord::of).toList());
    }

    /** The application: for which vacancy, where it stands, since when. */
    @Introspected
    record Applicant(UUID id, UUID vacancyId, String vacancyTitle, Stage stage, Instant createdAt, Instant updatedAt) {}

    /** The uploaded file; {@code content} is its bytes in base64. */
    @Introspected
    record Document(String fileName, String mediaType, int sizeBytes, String sha256, byte[] content) {}

    /**
     * One audit entry about the candidate: when, who (a username; none for the system itself), what, and its detail
     * (stages, ids, which part was read; never anyone's personal data).
     */
    @Introspected
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AuditRecord(
            Instant occurredAt,
            @Nullable String actor,
            String action,
            @Nullable @JsonRawValue String detail) {

        static AuditRecord of(AuditEntry e) {
            return new AuditRecord(e.occurredAt(), e.actor(), e.action(), e.detail());
        }
    }

    /** One evaluation of the file and its result. */
    @Introspected
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Evaluation(
            UUID taskId,
            TaskStatus status,
            @Nullable Integer score,
            @Nullable @JsonRawValue String result,
            @Nullable String error,
            Instant createdAt,
            @Nullable Instant completedAt) {

        static Evaluation of(Task t) {
            return new Evaluation(t.id(), t.status(), t.score(), t.result(), t.error(), t.createdAt(), t.completedAt());
        }
    }
}
