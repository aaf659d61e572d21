package io.hrassist.api.domain;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;

/** Deletes a vacancy with its candidates (their tasks stay, unlinked); audited in the same transaction. */
@Singleton
public class DeleteVacancy {

    private final VacancyStore vacancies;
    private final VacancyAccess access;
    private final AuditLog audit;

    DeleteVacancy(VacancyStore vacancies, VacancyAccess access, AuditLog audit) {
        this.vacancies = vacancies;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public void delete(Actor actor, UUID id) {
        access.writable(id, actor);
        if (!vacancies.delete(id)) {
            throw new NotFoundException("Vacancy", id);
        }
        audit.record(actor.username(), AuditAction.VACANCY_DELETED, ChangeVacancy.OBJECT, id, Map.of());
    }
}
