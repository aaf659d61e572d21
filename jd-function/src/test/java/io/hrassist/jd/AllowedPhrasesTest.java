package io.hrassist.jd;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.JobDescriptionGenerated;
import io.hrassist.events.JobDescriptionGenerated.Warning;
import io.hrassist.events.JobDescriptionRequested;
import io.hrassist.events.Language;
import io.hrassist.events.VacancyBrief;
import io.hrassist.wording.JsonWordingCheck;
import io.hrassist.wording.Screening;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Phrases a deployment allows are never flagged nor left out; a request can allow more of its own. */
@MicronautTest
@Property(name = "hr-assist.jd.wording.allowed-phrases", value = "female candidates only,Возраст от 18 лет")
class AllowedPhrasesTest {

    private static final Screening UNCONFIGURED = new Screening(new JsonWordingCheck(new ObjectMapper()), List.of());

    @Inject
    JobDescriptionFunction function;

    @Test
    void neverFlagsWhatTheDeploymentAllows() {
        String brief = "Casting for Juliet: female candidates only. Candidates under 30 only.";
        assertThat(UNCONFIGURED.flags(brief, Language.EN)).hasSize(2);

        JobDescriptionGenerated result = function.apply(request(Language.EN, brief, List.of()));

        assertThat(result.markdown()).contains("Casting for Juliet: female candidates only.");
        assertThat(result.warnings()).extracting(Warning::phrase).containsExactly("Candidates under 30");
    }

    @Test
    void addsTheRequestsOwnAllowedPhrases() {
        String brief = "Возраст от 18 лет: работа с алкогольной продукцией. Предпочтение мужчинам.";
        assertThat(UNCONFIGURED.flags(brief, Language.RU)).hasSize(2);

        JobDescriptionGenerated result = function.apply(request(Language.RU, brief, List.of("мужчинам")));

        assertThat(result.markdown()).contains("Возраст от 18 лет").contains("Предпочтение мужчинам.");
        assertThat(result.warnings()).isEmpty();
    }

    private static JobDescriptionRequested request(Language language, String brief, List<String> allowed) {
        var vacancy = new VacancyBrief(
                language == Language.EN ? "Teacher" : "Кассир",
                language,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                brief);
        return new JobDescriptionRequested(null, vacancy, allowed);
    }
}
