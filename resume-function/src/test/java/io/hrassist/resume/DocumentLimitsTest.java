package io.hrassist.resume;

import static org.assertj.core.api.Assertions.assertThat;

import io.hrassist.resume.document.DocumentLimits;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentLimitsTest {

    @Test
    void defaultsFitLongResumes() {
        try (var context = ApplicationContext.run()) {
            assertThat(context.getBean(DocumentLimits.class)).isEqualTo(DocumentLimits.DEFAULTS);
        }
    }

    @Test
    void eachLimitIsASetting() {
        var settings = Map.<String, Object>of(
                "hr-assist.documents.docx-max-entries", 50,
                "hr-assist.documents.docx-max-inflated-bytes", 1000,
                "hr-assist.documents.docx-max-part-bytes", 500,
                "hr-assist.documents.docx-max-inflate-ratio", 20,
                "hr-assist.documents.pdf-max-decoded-bytes", 2000,
                "hr-assist.documents.pdf-max-time", "3s");
        try (var context = ApplicationContext.run(settings)) {
            assertThat(context.getBean(DocumentLimits.class))
                    .isEqualTo(new DocumentLimits(50, 1000, 500, 20, 2000, Duration.ofSeconds(3)));
        }
    }
}
