package io.hrassist.logging;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LogFormatCheckTest {

    @Test
    void aFormatWithoutItsFileStopsTheStartSayingWhy() {
        assertThatCode(() -> LogFormat.check(null)).doesNotThrowAnyException();
        assertThatCode(() -> LogFormat.check("")).doesNotThrowAnyException();
        assertThatCode(() -> LogFormat.check("text")).doesNotThrowAnyException();
        assertThatCode(() -> LogFormat.check("json")).doesNotThrowAnyException();
        for (String wrong : new String[] {"JSON", "plain", "json ", "../x"}) {
            assertThatThrownBy(() -> LogFormat.check(wrong))
                    .hasMessageContaining("HR_ASSIST_LOG_FORMAT must be text or json")
                    .hasMessageContaining(wrong);
        }
    }
}
