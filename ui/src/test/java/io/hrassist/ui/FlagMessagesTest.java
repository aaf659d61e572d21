package io.hrassist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.hrassist.events.ResumeEvaluated.FlagType;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every flag an evaluation can carry has a name and a help text in both languages. */
class FlagMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"i18n/messages.properties", "i18n/messages_ru.properties"})
    void everyFlagTypeHasANameAndHelp(String bundle) throws Exception {
        Properties messages = load(bundle);

        for (FlagType type : FlagType.values()) {
            assertThat(messages.getProperty("flag." + type))
                    .as(type + " in " + bundle)
                    .isNotBlank();
            assertThat(messages.getProperty("flag." + type + ".help"))
                    .as(type + " help in " + bundle)
                    .isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/messages.properties", "i18n/messages_ru.properties"})
    void modelDisagreementSaysTheClaimIsUnsupported(String bundle) throws Exception {
        assertThat(load(bundle).getProperty("flag.MODEL_DISAGREEMENT"))
                .isIn("Claim not supported by the text", "Модель не подтверждена текстом");
    }

    private static Properties load(String bundle) throws Exception {
        var messages = new Properties();
        try (var in = new InputStreamReader(
                FlagMessagesTest.class.getClassLoader().getResourceAsStream(bundle), StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        return messages;
    }
}
