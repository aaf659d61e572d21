package io.hrassist.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Seniority of a vacancy. */
public enum Seniority {
    @JsonProperty("junior")
    JUNIOR,
    @JsonProperty("middle")
    MIDDLE,
    @JsonProperty("senior")
    SENIOR,
    @JsonProperty("lead")
    LEAD
}
