package io.hrassist.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The part of a Kubernetes API server that micronaut-kubernetes uses for ConfigMaps, on loopback: the namespace's
 * ConfigMap list and a watch that streams the events {@link #modify} queues. Records every request it gets.
 */
final class FakeKubernetesApi implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    final List<String> requests = new CopyOnWriteArrayList<>();
    private final String namespace;
    private final String name;
    private final AtomicInteger version = new AtomicInteger(1);
    private final AtomicReference<Map<String, String>> data;
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private final HttpServer server;

    FakeKubernetesApi(String namespace, String name, Map<String, String> data) {
        this.namespace = namespace;
        this.name = name;
        this.data = new AtomicReference<>(data);
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Changes the ConfigMap as {@code kubectl apply} would, and tells the open watch. */
    void modify(Map<String, String> newData) throws IOException {
        data.set(newData);
        version.incrementAndGet();
        events.add(JSON.writeValueAsString(Map.of("type", "MODIFIED", "object", configMap())));
    }

    private void handle(HttpExchange exchange) throws IOException {
        String uri = exchange.getRequestURI().toString();
        requests.add(exchange.getRequestMethod() + " " + uri);
        if (!exchange.getRequestURI().getPath().equals("/api/v1/namespaces/" + namespace + "/configmaps")) {
            respond(exchange, 404, Map.of("kind", "Status", "code", 404));
        } else if (uri.contains("watch=true")) {
            watch(exchange);
        } else {
            respond(
                    exchange,
                    200,
                    Map.of(
                            "apiVersion",
                            "v1",
                            "kind",
                            "ConfigMapList",
                            "metadata",
                            Map.of("resourceVersion", String.valueOf(version.get())),
                            "items",
                            List.of(configMap())));
        }
    }

    /** Streams queued events, one JSON object a line, until a quiet 2 s ends the watch (the client then watches again). */
    private void watch(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, 0);
        try (var body = exchange.getResponseBody()) {
            String event;
            while ((event = events.poll(2, TimeUnit.SECONDS)) != null) {
                body.write((event + "\n").getBytes(StandardCharsets.UTF_8));
                body.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Map<String, Object> configMap() {
        return Map.of(
                "apiVersion",
                "v1",
                "kind",
                "ConfigMap",
                "metadata",
                Map.of(
                        "name", name,
                        "namespace", namespace,
                        "resourceVersion", String.valueOf(version.get())),
                "data",
                data.get());
    }

    private static void respond(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
