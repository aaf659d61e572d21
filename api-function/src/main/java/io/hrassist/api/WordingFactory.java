package io.hrassist.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.wording.JsonWordingCheck;
import io.hrassist.wording.Screening;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The wording check the job descriptions recruiters edit go through: jd-function's rules, with the phrases this
 * deployment allows ({@code HR_ASSIST_JD_WORDING_ALLOWED_PHRASES}, comma-separated, the same setting as jd-function's).
 */
@Factory
class WordingFactory {

    @Singleton
    Screening screening(@Value("${hr-assist.wording.allowed-phrases}") List<String> allowedPhrases) {
        return new Screening(
                new JsonWordingCheck(new ObjectMapper()),
                allowedPhrases.stream().filter(phrase -> !phrase.isBlank()).toList());
    }
}
