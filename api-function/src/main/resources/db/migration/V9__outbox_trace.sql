-- The W3C trace context of the request that stored an event (the OpenTelemetry agent's span, when tracing is on), so
-- that the relay sends the event in that trace: one trace from the recruiter's click to the stored result. Null without
-- a tracer, and in rows the previous API version writes (the relay then derives the trace from the task id).
ALTER TABLE outbox_event ADD COLUMN traceparent text;
