package io.hrassist.api.domain;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * Gathers everything held about a candidate into one export (the right of access), for recruiters and admins, who
 * answer such requests; audited, and the export lists the audit entries about the candidate, its own included.
 */
@Singleton
public class ExportCandidate {

    private final CandidateAccess access;
    private final VacancyStore vacancies;
    private final CandidateStore candidates;
    private final StageHistory stages;
    private final CandidateNotes notes;
    private final FeedbackStore feedback;
    private final TaskStore tasks;
    private final AuditLog audit;
    private final AuditTrail trail;
    private final Clock clock;

    ExportCandidate(
            CandidateAccess access,
            VacancyStore vacancies,
            CandidateStore candidates,
            StageHistory stages,
            CandidateNotes notes,
            FeedbackStore feedback,
            TaskStore tasks,
            AuditLog audit,
            AuditTrail trail,
            Clock clock) {
        this.access = access;
        this.vacancies = vacancies;
        this.candidates = candidates;
        this.stages = stages;
        this.notes = notes;
        this.feedback = feedback;
        this.tasks = tasks;
        this.audit = audit;
        this.trail = trail;
        this.clock = clock;
    }

    @Transactional
    public CandidateExport export(UUID id, Actor actor) {
        Candidate candidate = access.writable(id, actor);
        Vacancy vacancy =
                vacancies.find(candidate.vacancyId()).orElseThrow(() -> new NotFoundException("Candidate", id));
        byte[] document = candidates.document(id).orElseThrow(() -> new NotFoundException("Candidate", id));
        audit.record(actor.username(), AuditAction.CANDIDATE_EXPORTED, Candidate.AUDIT_TYPE, id, Map.of());
        return new CandidateExport(
                candidate,
                vacancy,
                document,
                stages.of(id),
                notes.of(id),
                feedback.of(id),
                tasks.ofCandidate(id),
                trail.about(Candidate.AUDIT_TYPE, id.toString()),
                actor.username(),
                clock.instant());
    }
}
