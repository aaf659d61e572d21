package io.hrassist.ui.web;

import io.hrassist.ui.api.AuditEvent;
import io.hrassist.ui.api.TeamApi;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The audit log for admins, newest first, by the filters the API has (who, which object, what, from and to a day in
 * UTC), a page at a time: the API pages by time, so "older" asks for the entries before the last one shown.
 */
@Controller("/audit")
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditPage {

    static final int PAGE = 50;
    static final List<String> ACTIONS = List.of(
            "SIGN_IN",
            "SIGN_IN_FAILED",
            "SIGN_OUT",
            "USER_CREATED",
            "USER_CHANGED",
            "USER_DEACTIVATED",
            "PASSWORD_CHANGED",
            "VACANCY_CREATED",
            "VACANCY_CHANGED",
            "VACANCY_DELETED",
            "CANDIDATES_LISTED",
            "CANDIDATES_EXPORTED",
            "CANDIDATE_UPLOADED",
            "CANDIDATE_VIEWED",
            "CANDIDATE_DOCUMENT_DOWNLOADED",
            "CANDIDATE_EXPORTED",
            "CANDIDATE_REEVALUATED",
            "CANDIDATE_STAGE_CHANGED",
            "CANDIDATE_NOTE_ADDED",
            "INTERVIEW_FEEDBACK_SUBMITTED",
            "CANDIDATE_ERASED",
            "AUDIT_READ");

    private final TeamApi api;

    AuditPage(TeamApi api) {
        this.api = api;
    }

    @Get
    HttpResponse<?> page(
            HttpRequest<?> request,
            @Nullable @QueryValue String actor,
            @Nullable @QueryValue String object,
            @Nullable @QueryValue String action,
            @Nullable @QueryValue String from,
            @Nullable @QueryValue String to,
            @Nullable @QueryValue String before) {
        var filters = new LinkedHashMap<String, String>();
        filters.put("actor", actor);
        filters.put("object", object);
        filters.put("action", action != null && ACTIONS.contains(action) ? action : null);
        filters.put("from", day(from, 0));
        Instant older = instant(before);
        filters.put("to", older != null ? older.toString() : day(to, 1));
        List<AuditEvent> events = api.audit(Session.token(request), filters, PAGE + 1);
        boolean more = events.size() > PAGE;
        List<AuditEvent> shown = more ? events.subList(0, PAGE) : events;
        var shownFilters = new LinkedHashMap<String, String>();
        String[][] shownValues = {{"actor", actor}, {"object", object}, {"action", action}, {"from", from}, {"to", to}};
        for (String[] filter : shownValues) {
            shownFilters.put(filter[0], filter[1] == null ? "" : filter[1]);
        }
        return HttpResponse.ok(Pages.view(
                "audit",
                "events",
                shown,
                "actions",
                ACTIONS,
                "filters",
                shownFilters,
                "before",
                more ? shown.get(shown.size() - 1).occurredAt().toString() : null,
                "paged",
                older != null));
    }

    /** The start of the day {@code date} ({@code yyyy-mm-dd}, UTC) plus {@code days}, or null if it is none. */
    private static @Nullable String day(@Nullable String date, int days) {
        try {
            return date == null || date.isBlank()
                    ? null
                    : LocalDate.parse(date.strip())
                            .plusDays(days)
                            .atStartOfDay()
                            .toInstant(ZoneOffset.UTC)
                            .toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable Instant instant(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
