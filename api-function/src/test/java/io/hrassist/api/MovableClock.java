package io.hrassist.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The system clock, moved forward by a chosen amount for as long as a test needs. */
final class MovableClock extends Clock {

    private volatile Duration ahead = Duration.ZERO;

    void moveAhead(Duration by) {
        ahead = by;
    }

    void reset() {
        ahead = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead);
    }
}
