package io.hrassist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class VacancyBriefTest {

    @Test
    void stripsTextAndDropsDuplicateSkills() {
        var brief = new VacancyBrief(
                "  Data Analyst ", Language.EN, null, " ", null, null, List.of("SQL", "SQL", "Python"), null, null);

        assertThat(brief.title()).isEqualTo("Data Analyst");
        assertThat(brief.location()).isNull();
        assertThat(brief.mustHaveSkills()).containsExactly("SQL", "Python");
        assertThat(brief.niceToHaveSkills()).isEmpty();
    }

    @Test
    void rejectsBlankTitleAndTooManySkills() {
        assertThatThrownBy(() -> new VacancyBrief(" ", Language.EN, null, null, null, null, null, null, null))
                .hasMessage("title must not be blank");
        var many = Collections.nCopies(51, "x");
        assertThatThrownBy(() -> new VacancyBrief("Dev", Language.EN, null, null, null, null, many, null, null))
                .hasMessage("mustHaveSkills must have at most 50 entries");
    }

    @Test
    void questionRequestDefaultsCountAndTypes() {
        var vacancy = new VacancyBrief("Dev", Language.RU, null, null, null, null, null, null, null);
        var request = new InterviewQuestionsRequested(null, vacancy, null, null);

        assertThat(request.count()).isEqualTo(10);
        assertThat(request.types()).containsExactly(QuestionType.values());
        assertThatThrownBy(() -> new InterviewQuestionsRequested(null, vacancy, 0, null))
                .hasMessage("count must be between 1 and 50");
    }
}
