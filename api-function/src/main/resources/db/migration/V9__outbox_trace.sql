-- The W3C trace context of the request that stored an outbox event (the OpenTelemetry agent's span, when tracing is
-- on), so that the relay sends the event in that trace: one trace from the recruiter's click to the stored result.
-- A table of its own rather than a column of outbox_event: the previous release reads outbox_event with SELECT *, and a
-- new column would fail its prepared statements during a rolling update. No row without a tracer.
CREATE TABLE outbox_trace (
    outbox_id   bigint PRIMARY KEY REFERENCES outbox_event (id) ON DELETE CASCADE,
    traceparent varchar(55) NOT NULL
);
