package io.hrassist.ui.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.hrassist.ui.api.ApiProblem;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * A throttled sign-in (the API's 429) tells the person to wait, in both languages, instead of "try again"; an API
 * status without a name here becomes 502.
 */
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

    @Test
    void aStatusThisServerHasNoNameForIsABadGatewayNotAnError() {
        assertThat(Failures.status(new ApiProblem(599, "proxy timeout")).getCode())
                .isEqualTo(502);
        assertThat(Failures.status(new ApiProblem(0, "refused")).getCode()).isEqualTo(502);
        assertThat(Failures.status(new ApiProblem(409, "changed")).getCode()).isEqualTo(409);
    }
}
