package io.hrassist.jd.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.JobDescriptionGenerated.Severity;
import io.hrassist.events.JobDescriptionGenerated.Warning;
import io.hrassist.events.Language;
import io.hrassist.wording.JsonWordingCheck;
import io.hrassist.wording.Screening;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The warnings a job description reports: one per phrase, what is unlawful first. */
class RewriteTest {

    private static final Screening SCREENING = new Screening(new JsonWordingCheck(new ObjectMapper()), List.of());

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("io.hrassist.jd.WordingTableTest#flagged")
    void leadsWithWhatIsUnlawful(String language, String text, String phrase, Severity severity) {
        Language lang = Language.valueOf(language.toUpperCase(Locale.ROOT));
        String mixed = (lang == Language.EN ? "We need a rockstar. " : "Ищем рок-звезду. ") + text;
        var rewrite = new Rewrite(SCREENING, lang);

        rewrite.residue(mixed);
        List<Warning> warnings = rewrite.warnings();

        assertThat(warnings).isSortedAccordingTo(Screening.MOST_SERIOUS_FIRST);
        assertThat(warnings.get(0).severity()).isEqualTo(severity);
    }
}
