package io.hrassist.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The relay holds no row lock while an event is on its way: the batch is claimed in a transaction that commits before
 * the broker is called, so another transaction can lock the row meanwhile, and the claim keeps other relays off it.
 */
@MicronautTest
class OutboxClaimTest extends ApiTest {

    private final CountDownLatch arrived = new CountDownLatch(1);
    private final CountDownLatch answer = new CountDownLatch(1);
    private final HttpServer broker = slowBroker();

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of(
                "hr-assist.broker.url",
                "http://127.0.0.1:" + broker.getAddress().getPort() + "/");
    }

    @AfterAll
    void stopBroker() {
        answer.countDown();
        broker.stop(0);
    }

    @Test
    void aRowOnItsWayToTheBrokerIsClaimedNotLocked() throws Exception {
        String vacancy = createVacancy("Data Engineer", "Spark").get("id").asText();
        String task = call(HttpRequest.POST("/api/v1/vacancies/" + vacancy + "/job-description", ""))
                .get("id")
                .asText();
        assertThat(arrived.await(10, TimeUnit.SECONDS))
                .as("the event reached the broker")
                .isTrue();

        try (Connection db = connection()) {
            db.setAutoCommit(false);
            var lock =
                    db.prepareStatement("SELECT next_attempt_at FROM outbox_event WHERE subject = ? FOR UPDATE NOWAIT");
            lock.setString(1, task);
            try (var row = lock.executeQuery()) {
                assertThat(row.next())
                        .as("the event waits in the outbox while it is sent")
                        .isTrue();
                Instant claimedUntil = row.getTimestamp(1).toInstant();
                assertThat(claimedUntil)
                        .as("not due again while claimed")
                        .isAfter(Instant.now().plusSeconds(60));
            }
            db.rollback();
        }

        answer.countDown();
        await().atMost(Duration.ofSeconds(10)).until(() -> waiting(task) == 0);
    }

    private long waiting(String task) throws SQLException {
        try (Connection db = connection()) {
            var count = db.prepareStatement("SELECT count(*) FROM outbox_event WHERE subject = ?");
            count.setString(1, task);
            try (var rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private Connection connection() throws SQLException {
        Map<String, String> properties = getProperties();
        return DriverManager.getConnection(
                properties.get("datasources.default.url"),
                properties.get("datasources.default.username"),
                properties.getOrDefault("datasources.default.password", ""));
    }

    /** Accepts every event, but answers only once the test says so. */
    private HttpServer slowBroker() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                exchange.getRequestBody().readAllBytes();
                arrived.countDown();
                try {
                    answer.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.sendResponseHeaders(202, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
