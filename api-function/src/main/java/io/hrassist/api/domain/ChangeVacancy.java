package io.hrassist.api.domain;

import io.hrassist.events.VacancyBrief;
import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Replaces a vacancy as the editor last read it: {@code version} must still be current, else {@link
 * ConflictException} (someone else changed it; nothing is overwritten). When what results are made from changes, the
 * vacancy's content time moves on, which marks its earlier job descriptions, kits and evaluations stale.
 */
@Singleton
public class ChangeVacancy {

    static final String OBJECT = "vacancy";

    private final VacancyStore vacancies;
    private final VacancyAccess access;
    private final HiringManagers hiringManagers;
    private final AuditLog audit;
    private final Clock clock;

    ChangeVacancy(
            VacancyStore vacancies, VacancyAccess access, HiringManagers hiringManagers, AuditLog audit, Clock clock) {
        this.vacancies = vacancies;
        this.access = access;
        this.hiringManagers = hiringManagers;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Vacancy change(Actor actor, UUID id, long version, VacancyBrief brief, @Nullable List<String> managers) {
        Vacancy current = access.writable(id, actor);
        if (current.version() != version) {
            throw stale(id, version, current.version());
        }
        List<String> assigned = hiringManagers.checked(managers, current.hiringManagers());
        List<String> fields = VacancyFields.changed(current, brief, assigned);
        Instant now = clock.instant();
        Instant contentChangedAt = VacancyFields.touchContent(fields) ? now : current.contentChangedAt();
        Vacancy updated = vacancies.update(new Vacancy(
                id,
                brief,
                version,
                current.createdBy(),
                current.createdAt(),
                now,
                current.closedAt(),
                current.archivedAt(),
                contentChangedAt,
                assigned));
        audit.record(actor.username(), AuditAction.VACANCY_CHANGED, OBJECT, id, Map.of("fields", fields));
        return updated;
    }

    static ConflictException stale(UUID id, long sent, long current) {
        return new ConflictException("Someone else changed vacancy " + id + " since you read it (you sent version "
                + sent + ", it is now at version " + current + "). Read it again and redo your change.");
    }
}
