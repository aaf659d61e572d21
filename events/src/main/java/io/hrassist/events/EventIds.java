package io.hrassist.events;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Ids of reply events: derived from the request's {@code source} and {@code id} and the reply's {@code type}, so a
 * redelivered request yields the same reply id (consumers drop the duplicate), and only someone who saw the request
 * (its random id) can name a valid reply to it.
 */
public final class EventIds {

    private EventIds() {}

    public static String reply(URI requestSource, String requestId, String replyType) {
        String seed = requestSource + "\n" + requestId + "\n" + replyType;
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
