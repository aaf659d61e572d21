package io.hrassist.jd.kb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.JobDescriptionRequested;
import io.hrassist.events.Language;
import io.hrassist.events.Seniority;
import io.hrassist.events.VacancyBrief;
import io.hrassist.jd.domain.Role;
import io.hrassist.jd.domain.WriteJobDescription;
import io.hrassist.wording.EveryRule;
import io.hrassist.wording.JsonWordingCheck;
import io.hrassist.wording.Screening;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The wording check finds on the job descriptions the knowledge base writes, every role at every seniority, exactly
 * what running every rule over the whole text finds.
 */
class WrittenTextsWordingTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonWordingCheck CHECK = new JsonWordingCheck(MAPPER);

    @ParameterizedTest
    @EnumSource(Language.class)
    void findsWhatRunningEveryRuleFinds(Language language) {
        var catalog = new JsonRoleCatalog(MAPPER);
        var writer = new WriteJobDescription(catalog, new Screening(CHECK, List.of()));
        for (Role role : catalog.roles()) {
            for (Seniority seniority : Seniority.values()) {
                var vacancy = new VacancyBrief(
                        role.titles().get(language).get(0),
                        language,
                        seniority,
                        "Berlin",
                        "full-time",
                        "hybrid",
                        List.of("Java", "SQL"),
                        List.of("Kafka"),
                        null);
                String text =
                        writer.apply(new JobDescriptionRequested(null, vacancy)).markdown();
                assertThat(CHECK.find(text, language).stream().map(EveryRule::found))
                        .as(text)
                        .containsExactlyElementsOf(EveryRule.found(language, text));
            }
        }
    }
}
