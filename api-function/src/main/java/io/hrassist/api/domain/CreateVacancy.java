package io.hrassist.api.domain;

import io.hrassist.events.VacancyBrief;
import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Opens a vacancy owned by the one who creates it, with its hiring managers; audited in the same transaction. */
@Singleton
public class CreateVacancy {

    private final VacancyStore vacancies;
    private final HiringManagers hiringManagers;
    private final AuditLog audit;
    private final Clock clock;

    CreateVacancy(VacancyStore vacancies, HiringManagers hiringManagers, AuditLog audit, Clock clock) {
        this.vacancies = vacancies;
        this.hiringManagers = hiringManagers;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Vacancy create(Actor actor, VacancyBrief brief, @Nullable List<String> managers) {
        List<String> assigned = hiringManagers.checked(managers, List.of());
        Vacancy created =
                vacancies.create(Vacancy.open(UUID.randomUUID(), brief, actor.username(), clock.instant(), assigned));
        audit.record(
                actor.username(),
                AuditAction.VACANCY_CREATED,
                ChangeVacancy.OBJECT,
                created.id(),
                Map.of("hiringManagers", assigned.size()));
        return created;
    }
}
