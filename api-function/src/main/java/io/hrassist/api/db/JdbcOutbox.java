package io.hrassist.api.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.api.domain.Outbox;
import io.hrassist.api.domain.OutboxFilled;
import io.hrassist.api.domain.OutgoingEvent;
import io.hrassist.events.binding.CloudEventReplies;
import io.hrassist.events.binding.EventSpans;
import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import java.time.Clock;

@Singleton
class JdbcOutbox implements Outbox {

    private final OutboxRepository repository;
    private final OutboxTraceRepository traces;
    private final ObjectMapper mapper;
    private final String source;
    private final Clock clock;
    private final ApplicationEventPublisher<OutboxFilled> filled;

    JdbcOutbox(
            OutboxRepository repository,
            OutboxTraceRepository traces,
            ObjectMapper mapper,
            CloudEventReplies events,
            Clock clock,
            ApplicationEventPublisher<OutboxFilled> filled) {
        this.repository = repository;
        this.traces = traces;
        this.mapper = mapper;
        this.source = events.source().toString();
        this.clock = clock;
        this.filled = filled;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public void add(OutgoingEvent event) {
        byte[] data;
        try {
            data = mapper.writeValueAsBytes(event.data());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        var now = clock.instant();
        OutboxRow row = repository.save(
                new OutboxRow(null, event.id(), event.type(), source, event.subject(), data, 0, now, null, now));
        // The trace of the request storing the event (the agent's server span, when tracing is on).
        EventSpans.current(null).ifPresent(trace -> traces.save(new OutboxTrace(row.id(), trace)));
        filled.publishEvent(OutboxFilled.INSTANCE);
    }
}
