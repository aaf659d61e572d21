package io.hrassist.jd;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.JobDescriptionGenerated;
import io.hrassist.events.JobDescriptionGenerated.Warning;
import io.hrassist.events.JobDescriptionRequested;
import io.hrassist.events.Language;
import io.hrassist.events.Seniority;
import io.hrassist.events.VacancyBrief;
import io.hrassist.jd.domain.Screening;
import io.hrassist.jd.domain.WriteJobDescription;
import io.hrassist.jd.kb.JsonRoleCatalog;
import io.hrassist.jd.kb.JsonWordingCheck;
import java.util.List;
import org.junit.jupiter.api.Test;

class WriteJobDescriptionTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final WriteJobDescription writer = new WriteJobDescription(
            new JsonRoleCatalog(MAPPER), new Screening(new JsonWordingCheck(MAPPER), List.of()));

    @Test
    void writesRoleResponsibilitiesForTheSeniorityAndOnlyTheGivenRequirements() {
        var result = write(new VacancyBrief(
                "Backend Developer",
                Language.EN,
                Seniority.SENIOR,
                "Berlin",
                "full-time",
                "hybrid",
                List.of("Java", "PostgreSQL"),
                List.of("Kafka"),
                null));

        assertThat(section(result, "responsibilities").items()).isNotEmpty();
        assertThat(section(result, "must-have").items())
                .containsExactly("Hands-on experience with Java", "Hands-on experience with PostgreSQL");
        assertThat(result.markdown()).doesNotContainIgnoringCase("degree").doesNotContainIgnoringCase("years of");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void writesRussianText() {
        var result = write(new VacancyBrief(
                "Бэкенд-разработчик",
                Language.RU,
                Seniority.MIDDLE,
                "Москва",
                null,
                "удалённо",
                List.of("Go"),
                List.of(),
                null));

        assertThat(result.markdown()).contains("## Чем предстоит заниматься").contains("Go — практический опыт");
    }

    @Test
    void warnsAboutBiasedWordingInEnglishBrief() {
        var result = write(new VacancyBrief(
                "Sales Manager",
                Language.EN,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                "Join a young and energetic team of sales rockstars."));

        assertThat(result.warnings()).extracting(Warning::phrase).contains("young", "energetic", "rockstars");
        assertThat(result.warnings()).allSatisfy(w -> assertThat(w.suggestion()).isNotBlank());
    }

    @Test
    void warnsAboutIllegalRestrictionsInRussianBrief() {
        var result = write(new VacancyBrief(
                "Менеджер по продажам",
                Language.RU,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                "Ищем молодой мужчина до 30 лет с пропиской."));

        assertThat(result.warnings()).extracting(Warning::category).contains("age", "sex", "residence");
    }

    @Test
    void saysWhatItAssumedInsteadOfInventing() {
        var result = write(
                new VacancyBrief("Chief Happiness Wizard", Language.EN, null, null, null, null, null, null, null));

        assertThat(result.assumptions()).anyMatch(a -> a.contains("Seniority not given"));
        assertThat(result.assumptions()).anyMatch(a -> a.contains("no requirements were invented"));
        assertThat(result.sections()).noneMatch(s -> s.id().equals("must-have"));
    }

    private JobDescriptionGenerated write(VacancyBrief brief) {
        return writer.apply(new JobDescriptionRequested(null, brief));
    }

    private static JobDescriptionGenerated.Section section(JobDescriptionGenerated result, String id) {
        return result.sections().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
