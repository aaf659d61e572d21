package io.hrassist.events.http;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.http.HttpMessageFactory;
import io.hrassist.events.binding.CloudEventDispatcher;
import io.hrassist.events.binding.CloudEventHandler;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With {@code hr-assist.cloudevents.training.enabled}, a training run for the class-data archive of the images: once
 * the server listens, it posts the sample of every event type it handles ({@code cloudevents/warm-up/<type>.json}) to
 * its own {@code POST /} as a binary-mode CloudEvent, then exits: with 0 when each was answered 2xx, so that a JVM
 * started with {@code -XX:AOTCacheOutput} (Java 25) or {@code -XX:ArchiveClassesAtExit} (Java 17) writes its archive
 * from a run through the whole request path; with 1 otherwise, so that the image build fails.
 */
@Singleton
@Requires(bean = CloudEventHandler.class)
@Requires(property = "hr-assist.cloudevents.training.enabled", value = "true")
class CloudEventTraining implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(CloudEventTraining.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final CloudEventDispatcher dispatcher;

    CloudEventTraining(CloudEventDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        URI server = event.getSource().getURI().resolve("/");
        var thread = new Thread(() -> System.exit(train(server) ? 0 : 1), "cloudevents-training");
        thread.start();
    }

    /** Posts every sample to {@code server}; true when there was one and each was answered 2xx. */
    private boolean train(URI server) {
        var http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(TIMEOUT)
                .build();
        int samples = 0;
        int answered = 0;
        for (String type : dispatcher.types().stream().sorted().toList()) {
            try {
                byte[] sample = CloudEventWarmUp.sample(type);
                if (sample != null) {
                    samples++;
                    answered += post(http, server, type, sample) ? 1 : 0;
                }
            } catch (IOException e) {
                LOG.error("Training: posting {} failed", type, e);
            }
        }
        if (samples == 0) {
            LOG.error("Training: no sample under cloudevents/warm-up/ for {}", dispatcher.types());
        } else if (answered == samples) {
            LOG.info("Training: {} sample event(s) answered through {}", samples, server);
        }
        return samples > 0 && answered == samples;
    }

    private static boolean post(HttpClient http, URI server, String type, byte[] sample) throws IOException {
        try {
            int status = http.send(request(server, type, sample), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            if (status / 100 != 2) {
                LOG.error("Training: {} was answered {}", type, status);
            }
            return status / 100 == 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** The sample as a binary-mode CloudEvent, written by the SDK as a broker would send it. */
    private static HttpRequest request(URI server, String type, byte[] sample) {
        CloudEvent event = CloudEventBuilder.v1()
                .withId("training")
                .withSource(URI.create("/training"))
                .withType(type)
                .withSubject("training")
                .withData("application/json", sample)
                .build();
        var builder = HttpRequest.newBuilder(server).timeout(TIMEOUT);
        byte[][] body = {new byte[0]};
        HttpMessageFactory.createWriter(builder::header, bytes -> body[0] = bytes)
                .writeBinary(event);
        return builder.POST(HttpRequest.BodyPublishers.ofByteArray(body[0])).build();
    }
}
