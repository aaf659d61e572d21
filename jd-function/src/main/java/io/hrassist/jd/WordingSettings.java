package io.hrassist.jd;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.util.List;

/**
 * Settings of the wording check for every vacancy of this deployment.
 *
 * @param allowedPhrases phrases never flagged: lawful exceptions someone has checked, such as a genuine occupational
 *     requirement ({@code HR_ASSIST_JD_WORDING_ALLOWED_PHRASES}, comma-separated; a request adds its own)
 */
@ConfigurationProperties("hr-assist.jd.wording")
public record WordingSettings(@Bindable(defaultValue = "") List<String> allowedPhrases) {

    public WordingSettings {
        allowedPhrases = allowedPhrases == null
                ? List.of()
                : allowedPhrases.stream().filter(p -> !p.isBlank()).toList();
    }
}
