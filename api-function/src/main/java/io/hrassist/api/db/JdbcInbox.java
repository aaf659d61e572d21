package io.hrassist.api.db;

import io.hrassist.api.domain.Inbox;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

/** The inbox as one statement in the caller's transaction: inserting an already-seen (source, id) changes no row. */
@Singleton
class JdbcInbox implements Inbox {

    private static final String INSERT =
            "INSERT INTO processed_event (source, event_id) VALUES (?, ?) ON CONFLICT DO NOTHING";

    private final JdbcOperations jdbc;

    JdbcInbox(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean firstDelivery(String source, String eventId) {
        return jdbc.prepareStatement(INSERT, statement -> {
                    statement.setString(1, source);
                    statement.setString(2, eventId);
                    return statement.executeUpdate();
                })
                == 1;
    }
}
