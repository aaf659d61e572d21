package io.hrassist.api.domain;

/** Events to deliver to the broker; written in the same transaction as the change they announce. */
public interface Outbox {

    void add(OutgoingEvent event);

    /** The {@code source} attribute of the events this outbox delivers. */
    String source();
}
