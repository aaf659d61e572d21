package io.hrassist.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.http.HttpMessageFactory;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A broker that behaves like Knative's for HR Assist: accepts CloudEvents at {@code POST /} with {@code 202}, delivers
 * each to the subscriber of every matching Trigger (binary mode), feeds reply events back in, retries retryable
 * failures with the Trigger's backoff, and dead-letters with Knative's error extensions. Events live in memory only.
 */
final class LocalBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalBroker.class);

    private final List<Trigger> triggers;
    private final Credentials credentials;
    private volatile int copies = 1;
    private final HttpServer server;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(8);

    /** The bearer token a delivery presents to the subscribers under {@code origin} (the API's ingest). */
    record Credentials(URI origin, String token) {

        boolean cover(URI target) {
            return target.toString().startsWith(origin.toString());
        }
    }

    LocalBroker(int port, List<Trigger> triggers, Credentials credentials) throws IOException {
        this.triggers = List.copyOf(triggers);
        this.credentials = credentials;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", this::ingress);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    /** Delivers each event this many times from now on (more than once only to prove duplicates are harmless). */
    void copies(int copies) {
        this.copies = copies;
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private void ingress(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            CloudEvent event;
            try {
                byte[] body = exchange.getRequestBody().readAllBytes();
                event = HttpMessageFactory.createReaderFromMultimap(exchange.getRequestHeaders(), body)
                        .toEvent();
            } catch (RuntimeException e) {
                byte[] problem = ("{\"title\":\"Invalid CloudEvent\",\"status\":400,\"detail\":\""
                                + json(e.getMessage()) + "\"}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
                exchange.sendResponseHeaders(400, problem.length);
                exchange.getResponseBody().write(problem);
                return;
            }
            publish(event);
            exchange.sendResponseHeaders(202, -1);
        }
    }

    /** Routes an event to every matching Trigger. */
    void publish(CloudEvent event) {
        Map<String, String> attributes = attributes(event);
        for (Trigger trigger : triggers) {
            if (trigger.matches(attributes)) {
                for (int copy = 0; copy < copies; copy++) {
                    executor.execute(() -> deliver(trigger, event, 0));
                }
            }
        }
    }

    private void deliver(Trigger trigger, CloudEvent event, int attempt) {
        Outcome outcome = send(trigger.subscriber(), event, trigger.timeout());
        if (outcome.success()) {
            if (outcome.reply() != null) {
                publish(outcome.reply());
            }
        } else if (outcome.retryable() && attempt < trigger.retry()) {
            retryLater(trigger, event, attempt, outcome);
        } else {
            deadLetter(trigger, event, outcome);
        }
    }

    /** Delivers again after the Trigger's backoff for the {@code attempt}-th failure. */
    private void retryLater(Trigger trigger, CloudEvent event, int attempt, Outcome outcome) {
        long delay = trigger.exponential()
                ? trigger.backoffDelay().toMillis() << attempt
                : trigger.backoffDelay().toMillis();
        LOG.warn(
                "{}: delivering {} {} failed ({}); retry {} of {} in {} ms",
                trigger.name(),
                event.getType(),
                event.getId(),
                outcome.error(),
                attempt + 1,
                trigger.retry(),
                delay);
        executor.schedule(() -> deliver(trigger, event, attempt + 1), delay, TimeUnit.MILLISECONDS);
    }

    /** Sends the event to the Trigger's dead-letter sink with Knative's error extensions, as Knative Eventing does. */
    private void deadLetter(Trigger trigger, CloudEvent event, Outcome outcome) {
        LOG.warn("{}: {} {} dead-lettered ({})", trigger.name(), event.getType(), event.getId(), outcome.error());
        if (trigger.deadLetterSink() == null) {
            return;
        }
        CloudEvent deadLetter = CloudEventBuilder.from(event)
                .withExtension("knativeerrordest", trigger.subscriber().toString())
                .withExtension("knativeerrorcode", String.valueOf(outcome.status()))
                .withExtension("knativeerrordata", Base64.getEncoder().encodeToString(outcome.body()))
                .build();
        Outcome dead = send(trigger.deadLetterSink(), deadLetter, trigger.timeout());
        if (!dead.success()) {
            LOG.error(
                    "{}: dead-letter sink refused {} ({}); event dropped", trigger.name(), event.getId(), dead.error());
        }
    }

    private Outcome send(URI target, CloudEvent event, Duration timeout) {
        var builder = HttpRequest.newBuilder(target).timeout(timeout);
        if (credentials.cover(target)) {
            builder.header("Authorization", "Bearer " + credentials.token());
        }
        byte[][] body = new byte[1][];
        HttpMessageFactory.createWriter(builder::header, bytes -> body[0] = bytes)
                .writeBinary(event);
        try {
            HttpResponse<byte[]> response = http.send(
                    builder.POST(HttpRequest.BodyPublishers.ofByteArray(body[0] == null ? new byte[0] : body[0]))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            int status = response.statusCode();
            if (status / 100 == 2) {
                return Outcome.success(reply(response));
            }
            return new Outcome(false, isRetryable(status), status, response.body(), "HTTP " + status, null);
        } catch (IOException e) {
            return new Outcome(false, true, 0, new byte[0], e.getClass().getSimpleName(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, false, 0, new byte[0], "interrupted", null);
        }
    }

    /** Knative retries timeouts, conflicts, throttling and server errors; other 4xx go straight to the dead letters. */
    private static boolean isRetryable(int status) {
        return status == 404 || status == 408 || status == 409 || status == 429 || status >= 500;
    }

    private static CloudEvent reply(HttpResponse<byte[]> response) {
        if (response.headers().firstValue("ce-type").isEmpty()) {
            return null;
        }
        return HttpMessageFactory.createReaderFromMultimap(response.headers().map(), response.body())
                .toEvent();
    }

    private static Map<String, String> attributes(CloudEvent event) {
        var attributes = new HashMap<String, String>();
        for (String name : event.getAttributeNames()) {
            Object value = event.getAttribute(name);
            if (value != null) {
                attributes.put(name, value.toString());
            }
        }
        for (String name : event.getExtensionNames()) {
            attributes.put(name, String.valueOf(event.getExtension(name)));
        }
        return attributes;
    }

    private static String json(String text) {
        return text == null
                ? ""
                : text.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\r\\n]", " ");
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private record Outcome(
            boolean success, boolean retryable, int status, byte[] body, String error, CloudEvent reply) {
        static Outcome success(CloudEvent reply) {
            return new Outcome(true, false, 200, new byte[0], null, reply);
        }
    }
}
