package io.hrassist.api.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.api.domain.Vacancy;
import io.hrassist.api.domain.VacancyStore;
import io.hrassist.events.Language;
import io.hrassist.events.Seniority;
import io.hrassist.events.VacancyBrief;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

@Singleton
class JdbcVacancyStore implements VacancyStore {

    private final VacancyRepository repository;
    private final ObjectMapper mapper;

    JdbcVacancyStore(VacancyRepository repository, ObjectMapper mapper) {
        this.repository = repository;
        this.mapper = mapper;
    }

    @Override
    public Vacancy create(Vacancy vacancy) {
        return toVacancy(repository.save(toRow(vacancy)));
    }

    @Override
    public Optional<Vacancy> find(UUID id) {
        return repository.findById(id).map(this::toVacancy);
    }

    @Override
    public List<Vacancy> list(String query, int offset, int limit) {
        return repository.search(query == null ? "" : escapeLike(query), offset, limit).stream()
                .map(this::toVacancy)
                .toList();
    }

    @Override
    public Vacancy update(Vacancy vacancy) {
        return toVacancy(repository.update(toRow(vacancy)));
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
    public boolean isAssigned(UUID vacancyId, String username) {
        return repository.isAssigned(vacancyId, username);
    }

    private static String escapeLike(String query) {
        return query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
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
                v.updatedAt());
    }

    private Vacancy toVacancy(VacancyRow r) {
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
        return new Vacancy(r.id(), brief, r.version(), r.createdBy(), r.createdAt(), r.updatedAt());
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
