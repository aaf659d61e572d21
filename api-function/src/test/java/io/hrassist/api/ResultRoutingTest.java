package io.hrassist.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.hrassist.api.domain.TaskKind;
import io.hrassist.events.EventService;
import io.hrassist.events.EventType;
import io.hrassist.events.TaskType;
import io.hrassist.events.binding.CloudEventDispatcher;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The API handles exactly the event types the registry routes to it, and knows a task kind for every task type. */
@MicronautTest
class ResultRoutingTest extends ApiTest {

    @Inject
    CloudEventDispatcher dispatcher;

    @Test
    void handlesWhatTheRegistryRoutesToTheApi() {
        assertThat(dispatcher.types())
                .containsExactlyInAnyOrderElementsOf(EventType.consumedBy(EventService.API).stream()
                        .map(EventType::name)
                        .toList());
    }

    @Test
    void everyTaskTypeIsATaskKind() {
        assertThat(Arrays.stream(TaskKind.values()).map(TaskKind::resultType))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(TaskType.values())
                        .map(type -> type.result().name())
                        .toList());
    }
}
