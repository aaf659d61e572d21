package io.hrassist.ui.api;

import jakarta.annotation.Nullable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A page of the vacancy list as asked for: search text, status ({@code ""}: open and closed), sort, and 1-based page;
 * anything unknown falls back to the default, so a hand-edited address still shows a list.
 */
public record VacancyList(String q, String status, String sort, int page) {

    public static final int PAGE_SIZE = 25;
    public static final List<String> STATUSES = List.of("", "OPEN", "CLOSED", "ARCHIVED");
    public static final List<String> SORTS = List.of("NEWEST", "OLDEST", "UPDATED", "TITLE", "CANDIDATES");

    public VacancyList {
        q = q == null ? "" : q.strip();
        status = status != null && STATUSES.contains(status) ? status : "";
        sort = sort != null && SORTS.contains(sort) ? sort : SORTS.get(0);
        page = Math.max(1, page);
    }

    public static VacancyList of(
            @Nullable String q, @Nullable String status, @Nullable String sort, @Nullable Integer page) {
        return new VacancyList(q, status, sort, page == null ? 1 : page);
    }

    int offset() {
        return (page - 1) * PAGE_SIZE;
    }

    /** The same list at another page, as a link. */
    public String link(int otherPage) {
        var link = new StringBuilder("/vacancies?page=")
                .append(otherPage)
                .append("&sort=")
                .append(sort);
        if (!status.isEmpty()) {
            link.append("&status=").append(status);
        }
        if (!q.isEmpty()) {
            link.append("&q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
        }
        return link.toString();
    }

    /** One page of vacancies and how many match in all. */
    public record Page(VacancyList asked, List<Vacancy> vacancies, long total) {

        public long first() {
            return vacancies.isEmpty() ? 0 : asked.offset() + 1L;
        }

        public long last() {
            return asked.offset() + (long) vacancies.size();
        }

        public boolean hasPrevious() {
            return asked.page() > 1;
        }

        public boolean hasNext() {
            return last() < total;
        }
    }
}
