package io.hrassist.events.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.hrassist.events.EventTypes;
import io.hrassist.events.fixtures.Fixtures;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

@MicronautTest
class CloudEventWarmUpTest {

    @Inject
    CloudEventDispatcher dispatcher;

    @Test
    void answersSampleOfferedAnOfflineAnswer() {
        assertThat(dispatcher.warmUp(
                        EventTypes.JOB_DESCRIPTION_REQUESTED, sample(EventTypes.JOB_DESCRIPTION_REQUESTED)))
                .isTrue();
    }

    @Test
    void leavesHandlerWithoutWarmUpAlone() {
        String failingCount =
                Fixtures.data(EventTypes.INTERVIEW_QUESTIONS_REQUESTED).replace("\"count\": 8", "\"count\": 42");

        assertThat(dispatcher.warmUp(
                        EventTypes.INTERVIEW_QUESTIONS_REQUESTED, failingCount.getBytes(StandardCharsets.UTF_8)))
                .isFalse();
        assertThat(dispatcher.warmUp("io.hrassist.unknown.v1", new byte[] {'{', '}'}))
                .isFalse();
    }

    private static byte[] sample(String type) {
        return Fixtures.data(type).getBytes(StandardCharsets.UTF_8);
    }
}
