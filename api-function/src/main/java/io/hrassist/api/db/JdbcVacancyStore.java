package io.hrassist.api.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.api.domain.ConflictException;
import io.hrassist.api.domain.Vacancy;
import io.hrassist.api.domain.VacancyQuery;
import io.hrassist.api.domain.VacancyStore;
import io.hrassist.events.Language;
import io.hrassist.events.Seniority;
import io.hrassist.events.VacancyBrief;
import io.micronaut.data.exceptions.OptimisticLockException;
import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@Singleton
class JdbcVacancyStore implements VacancyStore {

    private final VacancyRepository repository;
    private final VacancyListing listing;
    private final ObjectMapper mapper;

    JdbcVacancyStore(VacancyRepository repository, VacancyListing listing, ObjectMapper mapper) {
        this.repository = repository;
        this.listing = listing;
        this.mapper = mapper;
    }

    @Override
    public Vacancy create(Vacancy vacancy) {
        repository.save(toRow(vacancy));
        assign(vacancy.id(), vacancy.hiringManagers());
        return vacancy;
    }

    @Override
    public Optional<Vacancy> find(UUID id) {
        return repository.findById(id).map(row -> toVacancy(row, managers(List.of(row))));
    }

    @Override
    public VacancyQuery.Page list(VacancyQuery query) {
        VacancyListing.Matches matches = listing.find(query);
        if (matches.ids().isEmpty()) {
            // An offset past the end finds no row to carry the total, so it is counted apart.
            long total = query.offset() == 0
                    ? 0
                    : listing.find(new VacancyQuery(
                                    query.text(), query.status(), query.sort(), 0, 1, query.hiringManager()))
                            .total();
            return new VacancyQuery.Page(List.of(), total);
        }
        Map<UUID, VacancyRow> rows =
                repository.findByIdIn(matches.ids()).stream().collect(Collectors.toMap(VacancyRow::id, row -> row));
        Map<UUID, List<String>> managers = managers(List.copyOf(rows.values()));
        List<VacancyQuery.Listed> listed = new ArrayList<>();
        for (int i = 0; i < matches.ids().size(); i++) {
            VacancyRow row = rows.get(matches.ids().get(i));
            if (row != null) { // deleted between the two reads
                listed.add(new VacancyQuery.Listed(
                        toVacancy(row, managers), matches.candidates().get(i)));
            }
        }
        return new VacancyQuery.Page(listed, matches.total());
    }

    @Override
    public Vacancy update(Vacancy vacancy) {
        VacancyRow row;
        try {
            row = repository.update(toRow(vacancy));
        } catch (OptimisticLockException e) {
            long current =
                    repository.findById(vacancy.id()).map(VacancyRow::version).orElse(-1L);
            throw new ConflictException("Someone else changed vacancy " + vacancy.id() + " a moment ago (it is now at "
                    + "version " + current + "). Read it again and redo your change.");
        }
        repository.unassignAll(vacancy.id());
        assign(vacancy.id(), vacancy.hiringManagers());
        return toVacancy(row, Map.of(vacancy.id(), vacancy.hiringManagers()));
    }

    @Override
    public void setStatus(UUID id, @Nullable Instant closedAt, @Nullable Instant archivedAt, Instant now) {
        repository.setStatus(id, closedAt, archivedAt, now);
    }

    @Override
    public boolean delete(UUID id) {
        if (!repository.existsById(id)) {
            return false;
        }
        repository.deleteById(id);
        return true;
    }

    @Override
    public Optional<Instant> contentChangedAt(UUID id) {
        return repository.findContentChangedAtById(id);
    }

    @Override
    public boolean isAssigned(UUID vacancyId, String username) {
        return repository.isAssigned(vacancyId, username);
    }

    private void assign(UUID vacancyId, List<String> usernames) {
        usernames.forEach(username -> repository.assign(vacancyId, username));
    }

    private Map<UUID, List<String>> managers(List<VacancyRow> rows) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        return repository.assignments(rows.stream().map(VacancyRow::id).toList()).stream()
                .collect(Collectors.groupingBy(
                        Assignment::vacancyId, Collectors.mapping(Assignment::username, Collectors.toList())));
    }

    private VacancyRow toRow(Vacancy v) {
        VacancyBrief b = v.brief();
        return new VacancyRow(
                v.id(),
                b.title(),
                b.language().code(),
                b.seniority() == null ? null : b.seniority().name().toLowerCase(Locale.ROOT),
                b.location(),
                b.employmentType(),
                b.workFormat(),
                json(b.mustHaveSkills()),
                json(b.niceToHaveSkills()),
                b.brief(),
                v.version(),
                v.createdBy(),
                v.createdAt(),
                v.updatedAt(),
                v.closedAt(),
                v.archivedAt(),
                v.contentChangedAt());
    }

    private Vacancy toVacancy(VacancyRow r, Map<UUID, List<String>> managers) {
        var brief = new VacancyBrief(
                r.title(),
                Language.valueOf(r.language().toUpperCase(Locale.ROOT)),
                r.seniority() == null ? null : Seniority.valueOf(r.seniority().toUpperCase(Locale.ROOT)),
                r.location(),
                r.employmentType(),
                r.workFormat(),
                list(r.mustHaveSkills()),
                list(r.niceToHaveSkills()),
                r.brief());
        return new Vacancy(
                r.id(),
                brief,
                r.version(),
                r.createdBy(),
                r.createdAt(),
                r.updatedAt(),
                r.closedAt(),
                r.archivedAt(),
                r.contentChangedAt(),
                managers.getOrDefault(r.id(), List.of()));
    }

    private String json(List<String> values) {
        try {
            return mapper.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> list(String json) {
        try {
            return mapper.readValue(json, new TypeReference<>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt skill list in vacancy row", e);
        }
    }
}
