package io.hrassist.events.binding;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.hrassist.events.EventType;
import io.hrassist.events.fixtures.Fixtures;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

@MicronautTest
class CloudEventWarmUpTest {

    @Inject
    CloudEventDispatcher dispatcher;

    @Test
    void answersSampleOfferedAnOfflineAnswer() {
        var request =
                event(EventType.JOB_DESCRIPTION_REQUESTED.name(), Fixtures.data(EventType.JOB_DESCRIPTION_REQUESTED));

        assertThat(dispatcher.warmUp(request)).hasValueSatisfying(reply -> {
            assertThat(reply.getType()).isEqualTo(EventType.JOB_DESCRIPTION_GENERATED.name());
            assertThat(reply.getDataSchema()).hasToString(EventType.JOB_DESCRIPTION_GENERATED.dataSchema());
            assertThat(reply.getSubject()).isEqualTo("warm-up");
        });
    }

    @Test
    void leavesHandlerWithoutWarmUpAlone() {
        String failingCount =
                Fixtures.data(EventType.INTERVIEW_QUESTIONS_REQUESTED).replace("\"count\": 8", "\"count\": 42");

        assertThat(dispatcher.warmUp(event(EventType.INTERVIEW_QUESTIONS_REQUESTED.name(), failingCount)))
                .isEmpty();
        assertThat(dispatcher.warmUp(event("io.hrassist.unknown.v1", "{}"))).isEmpty();
    }

    private static CloudEvent event(String type, String data) {
        return CloudEventBuilder.v1()
                .withId("warm-up")
                .withSource(URI.create("/warm-up"))
                .withType(type)
                .withSubject("warm-up")
                .withData("application/json", data.getBytes(StandardCharsets.UTF_8))
                .build();
    }
}
