package io.hrassist.ui.api;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Times as the pages show them: to the minute or second, in UTC, the same in every language. */
public final class Times {

    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private Times() {}

    public static String shown(@Nullable Instant time) {
        return time == null ? "" : SHOWN.format(time.truncatedTo(ChronoUnit.SECONDS));
    }
}
