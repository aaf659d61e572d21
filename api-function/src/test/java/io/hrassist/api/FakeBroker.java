package io.hrassist.api;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A broker ingress on loopback for outbox tests: not listening until {@link #start}, then answering {@code 503} to
 * the first {@code failures} deliveries and {@code 202} after, recording the subjects (task ids) of the events it accepted.
 */
final class FakeBroker implements AutoCloseable {

    final int port = freePort();
    final List<String> accepted = new CopyOnWriteArrayList<>();
    /** The trace context of each accepted event (its {@code ce-traceparent} header), in the same order. */
    final List<String> traces = new CopyOnWriteArrayList<>();

    final AtomicInteger rejected = new AtomicInteger();
    private HttpServer server;

    String url() {
        return "http://127.0.0.1:" + port + "/";
    }

    void start(int failures) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            int status;
            if (rejected.get() < failures) {
                rejected.incrementAndGet();
                status = 503;
            } else {
                accepted.add(exchange.getRequestHeaders().getFirst("ce-subject"));
                traces.add(String.valueOf(exchange.getRequestHeaders().getFirst("ce-traceparent")));
                status = 202;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
