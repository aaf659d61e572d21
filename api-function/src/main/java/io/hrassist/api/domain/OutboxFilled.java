package io.hrassist.api.domain;

/**
 * An event was added to the outbox in the current transaction: the relay delivers it once the transaction commits
 * (the relay in messaging), instead of at its next timed run.
 */
public record OutboxFilled() {
    public static final OutboxFilled INSTANCE = new OutboxFilled();
}
