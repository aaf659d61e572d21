package io.hrassist.api.domain;

/** Remembers which events were handled, so that redelivery is harmless. */
public interface Inbox {

    /** True the first time an event (source and id) is seen, false on every redelivery. */
    boolean firstDelivery(String source, String eventId);
}
