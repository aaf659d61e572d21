package io.hrassist.api.domain;

import jakarta.annotation.Nullable;
import java.util.List;

/**
 * Which vacancies to list: {@code text} found in the title, location or a skill (all when null); {@code status}
 * (null: open and closed, not archived); in {@code sort} order; a page of {@code limit} from {@code offset}; only
 * those assigned to {@code hiringManager} when one is named.
 */
public record VacancyQuery(
        @Nullable String text,
        @Nullable VacancyStatus status,
        Sort sort,
        int offset,
        int limit,
        @Nullable String hiringManager) {

    /** Orders of the vacancy list; ties are broken by newest first. */
    public enum Sort {
        NEWEST,
        OLDEST,
        UPDATED,
        TITLE,
        CANDIDATES
    }

    public VacancyQuery {
        if (sort == null) {
            sort = Sort.NEWEST;
        }
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be ≥ 0 and limit ≥ 1");
        }
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** One listed vacancy with how many candidates it has. */
    public record Listed(Vacancy vacancy, long candidates) {}

    /** A page of the list and how many vacancies match in all. */
    public record Page(List<Listed> vacancies, long total) {}
}
