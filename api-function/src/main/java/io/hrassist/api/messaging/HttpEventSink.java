package io.hrassist.api.messaging;

import io.cloudevents.CloudEvent;
import io.cloudevents.http.HttpMessageFactory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Posts events in binary mode to the broker's ingress, {@code K_SINK} (Knative, or the local broker). */
@Singleton
@Requires(property = "hr-assist.transport", value = "http", defaultValue = "http")
class HttpEventSink implements EventSink {

    private final String brokerUrl;
    /** Built on the first delivery: building it sets up TLS (~180 classes, the CA store), which no start should wait for. */
    private volatile HttpClient http;

    HttpEventSink(@Value("${hr-assist.broker.url:}") String brokerUrl) {
        this.brokerUrl = brokerUrl;
    }

    @Override
    public boolean available() {
        return !brokerUrl.isBlank();
    }

    private HttpClient client() {
        HttpClient client = http;
        if (client == null) {
            synchronized (this) {
                if (http == null) {
                    http = HttpClient.newBuilder()
                            .connectTimeout(Duration.ofSeconds(5))
                            .build();
                }
                client = http;
            }
        }
        return client;
    }

    @Override
    public void deliver(CloudEvent event) throws DeliveryException {
        var builder = HttpRequest.newBuilder(URI.create(brokerUrl)).timeout(Duration.ofSeconds(10));
        byte[][] body = {new byte[0]};
        HttpMessageFactory.createWriter(builder::header, bytes -> body[0] = bytes)
                .writeBinary(event);
        try {
            HttpResponse<Void> response = client().send(
                            builder.POST(HttpRequest.BodyPublishers.ofByteArray(body[0]))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                throw new DeliveryException("HTTP " + response.statusCode());
            }
        } catch (IOException e) {
            throw new DeliveryException(
                    e.getMessage() == null
                            ? e.getClass().getSimpleName()
                            : e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted");
        }
    }
}
