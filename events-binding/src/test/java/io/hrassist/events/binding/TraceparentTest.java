package io.hrassist.events.binding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The trace context without a tracer, read and written by the OpenTelemetry API's W3C propagator. */
class TraceparentTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    void aTasksTraceIdIsItsIdAndEachEventASpanOfItsOwn() {
        String task = "5b0e9a57-1a2b-4c3d-8e9f-0a1b2c3d4e5f";

        assertThat(Traceparent.ofTask(task, "evt-1"))
                .hasValueSatisfying(value -> assertThat(value)
                        .matches("00-5b0e9a571a2b4c3d8e9f0a1b2c3d4e5f-[0-9a-f]{16}-01")
                        .isNotEqualTo(Traceparent.ofTask(task, "evt-2").orElseThrow()));
        assertThat(Traceparent.ofTask("not a task", "evt-1")).isEmpty();
        assertThat(Traceparent.ofTask("00000000-0000-0000-0000-000000000000", "evt-1"))
                .isEmpty();
    }

    @Test
    void aReplyKeepsTheTraceAndItsSamplingDecision() {
        assertThat(Traceparent.child("00-" + TRACE + "-00f067aa0ba902b7-00", "reply"))
                .hasValueSatisfying(value -> assertThat(value).matches("00-" + TRACE + "-[0-9a-f]{16}-00"));
        assertThat(Traceparent.child("00-" + TRACE + "-00f067aa0ba902b7-01", "reply"))
                .hasValueSatisfying(value -> assertThat(value).endsWith("-01"));
    }

    @Test
    void onlyValidContextsAreRead() {
        assertThat(Traceparent.traceId("00-" + TRACE + "-00f067aa0ba902b7-01")).hasValue(TRACE);
        assertThat(Traceparent.traceId("00-" + TRACE + "-0000000000000000-01"))
                .as("zero span id")
                .isEmpty();
        assertThat(Traceparent.traceId("00-00000000000000000000000000000000-00f067aa0ba902b7-01"))
                .isEmpty();
        assertThat(Traceparent.traceId("not\n a trace")).isEmpty();
        assertThat(Traceparent.traceId(null)).isEmpty();
    }
}
