package io.hrassist.api.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.api.domain.AuditAction;
import io.hrassist.api.domain.AuditLog;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

@Singleton
class JdbcAuditLog implements AuditLog {

    private final AuditEventRepository repository;
    private final ObjectMapper mapper;
    private final Clock clock;

    JdbcAuditLog(AuditEventRepository repository, ObjectMapper mapper, Clock clock) {
        this.repository = repository;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public void record(String actor, AuditAction action, String objectType, Object objectId, Map<String, ?> detail) {
        repository.append(
                clock.instant(),
                actor,
                action.name(),
                objectType,
                objectId == null ? null : objectId.toString(),
                detail.isEmpty() ? null : json(detail));
    }

    @Override
    public void recordAtMostEvery(
            Duration window, String actor, AuditAction action, String objectType, Object objectId) {
        Instant now = clock.instant();
        repository.appendUnlessSince(now, now.minus(window), actor, action.name(), objectType, objectId.toString());
    }

    private String json(Map<String, ?> detail) {
        try {
            return mapper.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit detail is not JSON-serialisable", e);
        }
    }
}
