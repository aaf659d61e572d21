package io.hrassist.events.http;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.http.HttpMessageFactory;
import io.hrassist.events.binding.CloudEventDispatcher;
import io.hrassist.events.binding.CloudEventHandler;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With {@code hr-assist.cloudevents.warm-up.enabled}, prepares for the first event on a background thread as soon as the
 * context has started, while the main thread still starts the HTTP server: it creates the {@code POST /} controller
 * with its handlers (the functions load their knowledge bases then), answers, offline, the sample of each event type
 * found at {@code cloudevents/warm-up/<type>.json}, and starts the executor that {@code POST /} runs on. A cold
 * function so answers its first event sooner; if the warm-up fails, the first event does the same work and reports the
 * failure.
 */
@Singleton
@Requires(bean = CloudEventHandler.class)
@Requires(property = "hr-assist.cloudevents.warm-up.enabled", value = "true")
class CloudEventWarmUp implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(CloudEventWarmUp.class);

    private final BeanProvider<CloudEventController> controller;
    private final BeanProvider<CloudEventDispatcher> dispatcher;
    private final BeanProvider<ExecutorService> blocking;
    private final CloudEventReader reader;
    private final CloudEventResponses responses;

    CloudEventWarmUp(
            BeanProvider<CloudEventController> controller,
            BeanProvider<CloudEventDispatcher> dispatcher,
            @Named(TaskExecutors.BLOCKING) BeanProvider<ExecutorService> blocking,
            CloudEventReader reader,
            CloudEventResponses responses) {
        this.controller = controller;
        this.dispatcher = dispatcher;
        this.blocking = blocking;
        this.reader = reader;
        this.responses = responses;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        var thread = new Thread(this::warmUp, "cloudevents-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private void warmUp() {
        long start = System.nanoTime();
        try {
            controller.get();
            CloudEventDispatcher ready = dispatcher.get();
            for (String type : ready.types()) {
                byte[] sample = sample(type);
                if (sample != null && answer(ready, type, sample)) {
                    LOG.debug("Answered a sample {}", type);
                }
            }
            blocking.get().submit(() -> {}).get(); // the executor POST / runs on, started
            LOG.debug("Warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | IOException | ExecutionException e) {
            LOG.warn("Warm-up failed; the first event will do the same work", e);
        }
    }

    /**
     * Answers {@code sample} (the data of a {@code type} event) as {@code POST /} would: read from binary-mode HTTP
     * headers, handled offline, and the reply written as a response; false if the handler did not warm up.
     */
    private boolean answer(CloudEventDispatcher ready, String type, byte[] sample) {
        var headers = new HashMap<String, List<String>>();
        HttpMessageFactory.createWriter((name, value) -> headers.put(name, List.of(value)), body -> {})
                .writeBinary(CloudEventBuilder.v1()
                        .withId("warm-up")
                        .withSource(URI.create("/warm-up"))
                        .withType(type)
                        .withSubject("warm-up")
                        .withData("application/json", sample)
                        .build());
        CloudEvent event = reader.read(headers, sample);
        Optional<CloudEvent> reply = ready.warmUp(event);
        reply.ifPresent(responses::binary);
        return reply.isPresent();
    }

    /** The sample data of a {@code type} event, or null when there is none. */
    static byte[] sample(String type) throws IOException {
        try (InputStream in =
                CloudEventWarmUp.class.getClassLoader().getResourceAsStream("cloudevents/warm-up/" + type + ".json")) {
            return in == null ? null : in.readAllBytes();
        }
    }
}
