package io.hrassist.api.fakes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.api.domain.OutgoingEvent;
import io.hrassist.api.domain.QueuedEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link io.hrassist.api.domain.Outbox} with its {@link io.hrassist.api.domain.OutboxQueue} does: events
 * added are due at once, claimed oldest first, not due again until a claim or a retry runs out, gone once delivered.
 */
public abstract class OutboxContract extends PortContract {

    private static final String TYPE = "io.hrassist.job-description.requested.v1";

    @BeforeEach
    void emptyTheOutbox() {
        List<QueuedEvent> left;
        while (!(left = ports.outboxQueue().claimWaiting(100, later())).isEmpty()) {
            left.forEach(event -> ports.outboxQueue().delivered(event.id()));
        }
    }

    private static Instant later() {
        return Instant.now().plus(Duration.ofMinutes(3));
    }

    private OutgoingEvent add() {
        String subject = UUID.randomUUID().toString();
        var event = new OutgoingEvent(UUID.randomUUID(), TYPE, subject, Map.of("vacancyId", subject));
        ports.outbox().add(event);
        return event;
    }

    @Test
    void claimsDueEventsOldestFirstWithWhatWasAdded() throws Exception {
        Instant before = Instant.now().minusSeconds(5);
        OutgoingEvent first = add();
        OutgoingEvent second = add();
        OutgoingEvent third = add();

        List<QueuedEvent> claimed = ports.outboxQueue().claimDue(10, later());

        assertThat(claimed).extracting(QueuedEvent::eventId).containsExactly(first.id(), second.id(), third.id());
        QueuedEvent event = claimed.get(0);
        assertThat(event.type()).isEqualTo(TYPE);
        assertThat(event.source()).isEqualTo(ports.outbox().source()).isEqualTo(InMemoryStores.API_SOURCE);
        assertThat(event.subject()).isEqualTo(first.subject());
        assertThat(new ObjectMapper().readTree(event.data()))
                .isEqualTo(new ObjectMapper().valueToTree(Map.of("vacancyId", first.subject())));
        assertThat(event.attempts()).isZero();
        assertThat(event.createdAt()).isAfter(before);
        assertThat(ports.outboxQueue().count()).isEqualTo(3);
    }

    @Test
    void claimsNoMoreThanTheLimit() {
        OutgoingEvent first = add();
        OutgoingEvent second = add();
        OutgoingEvent third = add();

        assertThat(ports.outboxQueue().claimDue(2, later()))
                .extracting(QueuedEvent::eventId)
                .containsExactly(first.id(), second.id());
        assertThat(ports.outboxQueue().claimDue(2, later()))
                .extracting(QueuedEvent::eventId)
                .containsExactly(third.id());
    }

    @Test
    void aClaimedEventIsNotDueUntilTheClaimRunsOutButStillWaits() {
        OutgoingEvent event = add();
        ports.outboxQueue().claimDue(10, later());

        assertThat(ports.outboxQueue().claimDue(10, later())).isEmpty();
        assertThat(ports.outboxQueue().claimWaiting(10, later()))
                .extracting(QueuedEvent::eventId)
                .containsExactly(event.id());
        assertThat(ports.outboxQueue().count()).isEqualTo(1);
    }

    @Test
    void aDeliveredEventLeavesTheOutbox() {
        assertThat(ports.outboxQueue().oldestWaiting()).isEmpty();
        add();
        OutgoingEvent kept = add();
        List<QueuedEvent> claimed = ports.outboxQueue().claimDue(10, later());
        assertThat(ports.outboxQueue().oldestWaiting()).hasValue(claimed.get(0).createdAt());

        ports.outboxQueue().delivered(claimed.get(0).id());
        assertThat(ports.outboxQueue().oldestWaiting()).hasValue(claimed.get(1).createdAt());

        assertThat(ports.outboxQueue().count()).isEqualTo(1);
        assertThat(ports.outboxQueue().claimWaiting(10, later()))
                .extracting(QueuedEvent::eventId)
                .containsExactly(kept.id());
    }

    @Test
    void aFailedDeliveryCountsAnAttemptAndWaitsUntilItsNextTry() {
        OutgoingEvent event = add();
        long id = ports.outboxQueue().claimDue(10, later()).get(0).id();

        ports.outboxQueue().retryLater(id, Instant.now().minusSeconds(1), "connection refused");
        List<QueuedEvent> again = ports.outboxQueue().claimDue(10, later());
        ports.outboxQueue().retryLater(id, Instant.now().plusSeconds(600), "connection refused");

        assertThat(again).extracting(QueuedEvent::eventId).containsExactly(event.id());
        assertThat(again.get(0).attempts()).isEqualTo(1);
        assertThat(ports.outboxQueue().claimDue(10, later())).isEmpty();
        assertThat(ports.outboxQueue().claimWaiting(10, later()))
                .extracting(QueuedEvent::attempts)
                .containsExactly(2);
    }
}
