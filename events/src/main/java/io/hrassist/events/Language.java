package io.hrassist.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/** Languages that vacancies, generated texts and resumes are written in. */
public enum Language {
    @JsonProperty("en")
    EN,
    @JsonProperty("ru")
    RU;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
