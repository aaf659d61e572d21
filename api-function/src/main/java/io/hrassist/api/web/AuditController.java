package io.hrassist.api.web;

import io.hrassist.api.domain.AuditAction;
import io.hrassist.api.domain.AuditQuery;
import io.hrassist.api.domain.ReadAuditEvents;
import io.hrassist.api.domain.Role;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/v1/audit-events}: who did what to which object and when, newest first, for admins. Filters: {@code
 * actor} (username), {@code object} (object id) and {@code objectType}, {@code action}, {@code from} (inclusive) and
 * {@code to} (exclusive) as ISO-8601 instants, {@code limit} (100 by default, at most 1000).
 */
@Controller("/api/v1/audit-events")
@Secured(Role.ADMIN_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Audit")
class AuditController {

    private final ReadAuditEvents readAuditEvents;

    AuditController(ReadAuditEvents readAuditEvents) {
        this.readAuditEvents = readAuditEvents;
    }

    @Get
    List<AuditEventView> list(
            @Nullable @QueryValue String actor,
            @Nullable @QueryValue String object,
            @Nullable @QueryValue String objectType,
            @Nullable @QueryValue AuditAction action,
            @Nullable @QueryValue Instant from,
            @Nullable @QueryValue Instant to,
            @QueryValue(defaultValue = "" + AuditQuery.DEFAULT_LIMIT) int limit,
            Authentication user) {
        var query = new AuditQuery(actor, objectType, object, action, from, to, limit);
        return readAuditEvents.read(Actors.of(user), query).stream()
                .map(AuditEventView::of)
                .toList();
    }
}
