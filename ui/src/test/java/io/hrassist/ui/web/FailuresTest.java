package io.hrassist.ui.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** A throttled sign-in (the API's 429) tells the person to wait, in both languages, instead of "try again". */
class FailuresTest {

    @Test
    void aThrottledAttemptSaysToWait() {
        String key = Failures.messageKey(429);

        assertThat(ResourceBundle.getBundle("i18n.messages", Locale.ROOT).getString(key))
                .contains("Wait");
        assertThat(ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("ru"))
                        .getString(key))
                .contains("Подождите");
    }
}
