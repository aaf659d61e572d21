package io.hrassist.api.db;

/**
 * An event was added to the outbox in the current transaction: the relay delivers it once the transaction commits
 * (messaging.OutboxRelay), instead of at its next timed run.
 */
public record OutboxFilled() {
    static final OutboxFilled INSTANCE = new OutboxFilled();
}
