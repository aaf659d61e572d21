package io.hrassist.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Languages that vacancies, generated texts and resumes are written in. */
public enum Language {
    @JsonProperty("en")
    EN,
    @JsonProperty("ru")
    RU;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
