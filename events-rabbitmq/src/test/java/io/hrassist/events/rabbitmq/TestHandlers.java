package io.hrassist.events.rabbitmq;

import io.hrassist.events.EngineInfo;
import io.hrassist.events.EventType;
import io.hrassist.events.JobDescriptionGenerated;
import io.hrassist.events.JobDescriptionRequested;
import io.hrassist.events.binding.CloudEventHandler;
import io.hrassist.events.binding.IncomingEvent;
import io.hrassist.events.binding.Reply;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** A job-description handler for the transport tests: subject "flaky" fails as often as asked, "always-fails" always. */
@Factory
@Requires(env = "rabbit-test")
class TestHandlers {

    static final AtomicInteger failuresBeforeSuccess = new AtomicInteger();

    @Singleton
    CloudEventHandler<JobDescriptionRequested> jobDescriptions() {
        return new CloudEventHandler<>() {
            @Override
            public EventType<JobDescriptionRequested> type() {
                return EventType.JOB_DESCRIPTION_REQUESTED;
            }

            @Override
            public Optional<Reply<?>> handle(IncomingEvent<JobDescriptionRequested> event) {
                if ("always-fails".equals(event.subject())
                        || ("flaky".equals(event.subject())
                                && failuresBeforeSuccess.getAndUpdate(n -> Math.max(0, n - 1)) > 0)) {
                    throw new IllegalStateException("backend down");
                }
                var vacancy = event.data().vacancy();
                return Optional.of(new Reply<>(
                        EventType.JOB_DESCRIPTION_GENERATED,
                        new JobDescriptionGenerated(
                                vacancy.title(),
                                vacancy.language(),
                                "# " + vacancy.title(),
                                List.of(),
                                List.of(),
                                List.of(),
                                EngineInfo.offline("test"))));
            }
        };
    }
}
