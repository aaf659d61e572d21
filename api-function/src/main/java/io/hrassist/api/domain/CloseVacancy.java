package io.hrassist.api.domain;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Closes a vacancy when its hiring ended (the retention period of its candidates runs from then), archives it (closed
 * and out of the usual list), or reopens it. Its version stays: closing never conflicts with an edit under way.
 */
@Singleton
public class CloseVacancy {

    private final VacancyStore vacancies;
    private final VacancyAccess access;
    private final AuditLog audit;
    private final Clock clock;

    CloseVacancy(VacancyStore vacancies, VacancyAccess access, AuditLog audit, Clock clock) {
        this.vacancies = vacancies;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Vacancy setStatus(Actor actor, UUID id, VacancyStatus status) {
        Vacancy current = access.writable(id, actor);
        if (current.status() == status) {
            return current;
        }
        Instant now = clock.instant();
        Instant closedAt = current.closedAt() == null ? now : current.closedAt();
        switch (status) {
            case OPEN -> vacancies.setStatus(id, null, null, now);
            case CLOSED -> vacancies.setStatus(id, closedAt, null, now);
            case ARCHIVED -> vacancies.setStatus(id, closedAt, now, now);
        }
        audit.record(
                actor.username(),
                AuditAction.VACANCY_CHANGED,
                ChangeVacancy.OBJECT,
                id,
                Map.of("fields", List.of("status"), "status", status.name()));
        return vacancies.find(id).orElseThrow(() -> new NotFoundException("Vacancy", id));
    }
}
