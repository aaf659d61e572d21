package io.hrassist.api.domain;

import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps the job description a recruiter edited, optimistically: the save names the version it started from (none for
 * the first), and a save made from an older version is refused with a conflict instead of overwriting.
 */
@Singleton
public class EditJobDescription {

    private final VacancyAccess access;
    private final JobDescriptionEdits edits;
    private final AuditLog audit;
    private final Clock clock;

    EditJobDescription(VacancyAccess access, JobDescriptionEdits edits, AuditLog audit, Clock clock) {
        this.access = access;
        this.edits = edits;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public JobDescriptionEdit save(
            Actor actor, UUID vacancyId, String markdown, @Nullable UUID basedOnTask, @Nullable Long version) {
        access.writable(vacancyId, actor);
        long next = version == null ? 0 : version + 1;
        var edit = new JobDescriptionEdit(vacancyId, markdown, basedOnTask, actor.username(), clock.instant(), next);
        if (!edits.save(edit, version)) {
            long current =
                    edits.find(vacancyId).map(JobDescriptionEdit::version).orElse(-1L);
            throw new ConflictException("Someone else saved this job description since you opened it (you sent "
                    + (version == null ? "no version" : "version " + version) + ", it is now at version " + current
                    + "). Read it again and redo your change.");
        }
        audit.record(
                actor.username(),
                AuditAction.VACANCY_CHANGED,
                ChangeVacancy.OBJECT,
                vacancyId,
                Map.of("fields", List.of("jobDescription"), "version", next));
        return edit;
    }
}
