package io.hrassist.api.domain;

import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.UUID;

/**
 * Who may see and change which vacancy (and so its candidates, kit and feedback): admins and recruiters every
 * vacancy; a hiring manager only those they are assigned to, read-only. A vacancy a hiring manager is not assigned to
 * is answered as if it did not exist.
 */
@Singleton
public class VacancyAccess {

    private final VacancyStore vacancies;

    public VacancyAccess(VacancyStore vacancies) {
        this.vacancies = vacancies;
    }

    /** The vacancy {@code actor} may read, else {@link NotFoundException}. */
    public Vacancy readable(UUID id, Actor actor) {
        Vacancy vacancy = vacancies.find(id).orElseThrow(() -> new NotFoundException("Vacancy", id));
        if (actor.is(Role.HIRING_MANAGER) && !vacancies.isAssigned(id, actor.username())) {
            throw new NotFoundException("Vacancy", id);
        }
        return vacancy;
    }

    /** The hiring manager whose vacancies alone {@code actor} may list, or null for all of them. */
    public @Nullable String listedFor(Actor actor) {
        return actor.is(Role.HIRING_MANAGER) ? actor.username() : null;
    }

    /** The vacancy {@code actor} may change (its candidates and decisions), else 404 or {@link ForbiddenException}. */
    public Vacancy writable(UUID id, Actor actor) {
        Vacancy vacancy = readable(id, actor);
        if (actor.is(Role.HIRING_MANAGER)) {
            throw new ForbiddenException(
                    "A hiring manager reads vacancies and gives feedback but changes nothing else.");
        }
        return vacancy;
    }
}
