package io.hrassist.api.fakes;

import io.hrassist.api.domain.ConflictException;
import io.hrassist.api.domain.Vacancy;
import io.hrassist.api.domain.VacancyQuery;
import io.hrassist.api.domain.VacancyStatus;
import io.hrassist.api.domain.VacancyStore;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Vacancies in a map, with the {@code vacancy} table's rules: optimistic versions raised by each update, hiring
 * managers read back by username, deleting a vacancy erases its candidates (see {@link InMemoryStores}).
 */
public final class InMemoryVacancyStore implements VacancyStore {

    private static final Comparator<Vacancy> NEWEST =
            Comparator.comparing(Vacancy::createdAt).reversed();

    private final InMemoryStores stores;
    private final Map<UUID, Vacancy> vacancies = new LinkedHashMap<>();

    InMemoryVacancyStore(InMemoryStores stores) {
        this.stores = stores;
    }

    @Override
    public Vacancy create(Vacancy vacancy) {
        if (vacancies.containsKey(vacancy.id())) {
            throw new IllegalStateException("Duplicate vacancy id " + vacancy.id());
        }
        vacancies.put(vacancy.id(), vacancy);
        return vacancy;
    }

    @Override
    public Optional<Vacancy> find(UUID id) {
        return Optional.ofNullable(vacancies.get(id)).map(InMemoryVacancyStore::managersByName);
    }

    @Override
    public VacancyQuery.Page list(VacancyQuery query) {
        List<Vacancy> matches = vacancies.values().stream()
                .filter(vacancy -> hasStatus(vacancy, query.status()))
                .filter(vacancy -> query.text() == null || mentions(vacancy, query.text()))
                .filter(vacancy -> query.hiringManager() == null
                        || vacancy.hiringManagers().contains(query.hiringManager()))
                .sorted(order(query.sort())
                        .thenComparing(NEWEST)
                        .thenComparing(vacancy -> vacancy.id().toString()))
                .toList();
        List<VacancyQuery.Listed> page = matches.stream()
                .skip(query.offset())
                .limit(query.limit())
                .map(vacancy -> new VacancyQuery.Listed(managersByName(vacancy), candidates(vacancy)))
                .toList();
        return new VacancyQuery.Page(page, matches.size());
    }

    @Override
    public Vacancy update(Vacancy vacancy) {
        Vacancy current = vacancies.get(vacancy.id());
        if (current == null || current.version() != vacancy.version()) {
            throw new ConflictException(
                    "Someone else changed vacancy " + vacancy.id() + " a moment ago (it is now at " + "version "
                            + (current == null ? -1 : current.version()) + "). Read it again and redo your change.");
        }
        Vacancy updated = withVersion(vacancy, vacancy.version() + 1);
        vacancies.put(vacancy.id(), updated);
        return updated;
    }

    @Override
    public void setStatus(UUID id, @Nullable Instant closedAt, @Nullable Instant archivedAt, Instant now) {
        vacancies.computeIfPresent(
                id,
                (key, v) -> new Vacancy(
                        v.id(),
                        v.brief(),
                        v.version(),
                        v.createdBy(),
                        v.createdAt(),
                        now,
                        closedAt,
                        archivedAt,
                        v.contentChangedAt(),
                        v.hiringManagers()));
    }

    @Override
    public boolean delete(UUID id) {
        if (!vacancies.containsKey(id)) {
            return false;
        }
        stores.candidates().vacancyDeleted(id);
        stores.tasks().vacancyDeleted(id);
        stores.jobDescriptionEdits().vacancyDeleted(id);
        vacancies.remove(id);
        return true;
    }

    @Override
    public Optional<Instant> contentChangedAt(UUID id) {
        return Optional.ofNullable(vacancies.get(id)).map(Vacancy::contentChangedAt);
    }

    @Override
    public boolean isAssigned(UUID vacancyId, String username) {
        Vacancy vacancy = vacancies.get(vacancyId);
        return vacancy != null && vacancy.hiringManagers().contains(username);
    }

    private long candidates(Vacancy vacancy) {
        return stores.candidates().ranked(vacancy.id()).size();
    }

    private Comparator<Vacancy> order(VacancyQuery.Sort sort) {
        return switch (sort) {
            case NEWEST -> NEWEST;
            case OLDEST -> Comparator.comparing(Vacancy::createdAt);
            case UPDATED -> Comparator.comparing(Vacancy::updatedAt).reversed();
            case TITLE -> Comparator.comparing(vacancy -> lower(vacancy.brief().title()));
            case CANDIDATES -> Comparator.comparingLong(this::candidates).reversed();
        };
    }

    private static boolean hasStatus(Vacancy vacancy, @Nullable VacancyStatus status) {
        return status == null ? vacancy.status() != VacancyStatus.ARCHIVED : vacancy.status() == status;
    }

    /** As the adapter's ILIKE: in the title, the location or the skill lists (as their stored JSON text). */
    private static boolean mentions(Vacancy vacancy, String text) {
        String wanted = lower(text);
        var brief = vacancy.brief();
        return lower(brief.title()).contains(wanted)
                || (brief.location() != null && lower(brief.location()).contains(wanted))
                || lower(InMemoryStores.json(brief.mustHaveSkills())).contains(wanted)
                || lower(InMemoryStores.json(brief.niceToHaveSkills())).contains(wanted);
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static Vacancy managersByName(Vacancy v) {
        return new Vacancy(
                v.id(),
                v.brief(),
                v.version(),
                v.createdBy(),
                v.createdAt(),
                v.updatedAt(),
                v.closedAt(),
                v.archivedAt(),
                v.contentChangedAt(),
                v.hiringManagers().stream().sorted().toList());
    }

    private static Vacancy withVersion(Vacancy v, long version) {
        return new Vacancy(
                v.id(),
                v.brief(),
                version,
                v.createdBy(),
                v.createdAt(),
                v.updatedAt(),
                v.closedAt(),
                v.archivedAt(),
                v.contentChangedAt(),
                v.hiringManagers());
    }
}
