package io.hrassist.api.messaging;

import io.cloudevents.CloudEvent;
import io.cloudevents.http.HttpMessageFactory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URI;
import java.net.URL;

/**
 * Posts events in binary mode to the broker's ingress, {@code K_SINK} (Knative, or the local broker). Through the
 * JDK's {@link HttpURLConnection} (keep-alive connections are reused): for an {@code http://} broker, as Knative's is
 * inside the cluster, it sets up no TLS, which {@code java.net.http.HttpClient} always does (~180 classes and the CA
 * store, a few hundred ms of C1 time that the first event after a start from zero waited for).
 */
@Singleton
@Requires(property = "hr-assist.transport", value = "http", defaultValue = "http")
class HttpEventSink implements EventSink {

    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 10_000;

    private final String brokerUrl;

    HttpEventSink(@Value("${hr-assist.broker.url:}") String brokerUrl) {
        this.brokerUrl = brokerUrl;
    }

    @Override
    public boolean available() {
        return !brokerUrl.isBlank();
    }

    @Override
    public void deliver(CloudEvent event) throws DeliveryException {
        try {
            URL url = URI.create(brokerUrl).toURL();
            // As java.net.http.HttpClient did: straight to the broker, whatever proxy the JVM may name.
            var connection = (HttpURLConnection) url.openConnection(Proxy.NO_PROXY);
            connection.setConnectTimeout(CONNECT_TIMEOUT_MS);
            connection.setReadTimeout(READ_TIMEOUT_MS);
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            byte[][] body = {new byte[0]};
            HttpMessageFactory.createWriter(connection::setRequestProperty, bytes -> body[0] = bytes)
                    .writeBinary(event);
            connection.setFixedLengthStreamingMode(body[0].length);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body[0]);
            }
            int status = connection.getResponseCode();
            drain(status / 100 == 2 ? connection.getInputStream() : connection.getErrorStream());
            if (status / 100 != 2) {
                throw new DeliveryException("HTTP " + status);
            }
        } catch (IOException e) {
            throw new DeliveryException(
                    e.getMessage() == null
                            ? e.getClass().getSimpleName()
                            : e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Reads the answer to its end, so that the connection goes back to the keep-alive cache. */
    private static void drain(InputStream answer) throws IOException {
        if (answer != null) {
            try (answer) {
                answer.transferTo(OutputStream.nullOutputStream());
            }
        }
    }
}
