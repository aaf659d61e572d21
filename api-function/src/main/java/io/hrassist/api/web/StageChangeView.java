package io.hrassist.api.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.hrassist.api.domain.Stage;
import io.hrassist.api.domain.StageChange;
import io.micronaut.core.annotation.Introspected;
import jakarta.annotation.Nullable;
import java.time.Instant;

/** One decision in a candidate's history. */
@Introspected
@JsonInclude(JsonInclude.Include.NON_NULL)
record StageChangeView(Stage from, Stage to, @Nullable String reason, String changedBy, Instant changedAt) {

    static StageChangeView of(StageChange c) {
        return new StageChangeView(c.from(), c.to(), c.reason(), c.changedBy(), c.changedAt());
    }
}
