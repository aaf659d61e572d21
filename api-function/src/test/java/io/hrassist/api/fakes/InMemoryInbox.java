package io.hrassist.api.fakes;

import io.hrassist.api.domain.Inbox;
import java.util.HashSet;
import java.util.Set;

/** The inbox as a set of (source, id) pairs. */
public final class InMemoryInbox implements Inbox {

    private final Set<Seen> seen = new HashSet<>();

    @Override
    public boolean firstDelivery(String source, String eventId) {
        return seen.add(new Seen(source, eventId));
    }

    private record Seen(String source, String eventId) {}
}
