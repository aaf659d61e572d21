package io.hrassist.questions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.InterviewQuestionsGenerated;
import io.hrassist.events.InterviewQuestionsGenerated.Question;
import io.hrassist.events.InterviewQuestionsRequested;
import io.hrassist.events.Language;
import io.hrassist.events.QuestionType;
import io.hrassist.events.Seniority;
import io.hrassist.events.VacancyBrief;
import io.hrassist.questions.bank.JsonQuestionBank;
import io.hrassist.questions.domain.PrepareInterviewQuestions;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrepareInterviewQuestionsTest {

    private static final JsonQuestionBank BANK = new JsonQuestionBank(new ObjectMapper());
    private final PrepareInterviewQuestions prepare = new PrepareInterviewQuestions(BANK);

    private static VacancyBrief backend(Language language) {
        return new VacancyBrief(
                "Backend Engineer",
                language,
                Seniority.SENIOR,
                null,
                null,
                null,
                List.of("Java", "Python"),
                List.of(),
                null);
    }

    @Test
    void honoursCountAndTypesWithoutDuplicates() {
        var result = prepare.apply(new InterviewQuestionsRequested(
                null, backend(Language.EN), 12, List.of(QuestionType.TECHNICAL, QuestionType.BEHAVIORAL)));

        assertThat(result.questions()).hasSize(12);
        assertThat(result.questions())
                .extracting(Question::type)
                .containsOnly(QuestionType.TECHNICAL, QuestionType.BEHAVIORAL)
                .contains(QuestionType.TECHNICAL);
        assertThat(result.questions()).extracting(Question::text).doesNotHaveDuplicates();
    }

    @Test
    void coversEachVacancySkill() {
        var result = prepare.apply(
                new InterviewQuestionsRequested(null, backend(Language.EN), 6, List.of(QuestionType.TECHNICAL)));

        assertThat(result.questions()).extracting(Question::competency).contains("Java", "Python");
    }

    @Test
    void everyQuestionHasGoodAnswerAndFullRubric() {
        var result = prepare.apply(new InterviewQuestionsRequested(null, backend(Language.RU), 10, List.of()));

        assertThat(result.language()).isEqualTo(Language.RU);
        assertThat(result.questions()).allSatisfy(q -> {
            assertThat(q.goodAnswer()).isNotEmpty();
            assertThat(q.rubric())
                    .hasSize(5)
                    .allSatisfy(level -> assertThat(level.description()).isNotBlank());
            assertThat(q.text()).containsPattern("\\p{IsCyrillic}");
        });
    }

    @Test
    void isDeterministicForTheSameVacancy() {
        var request = new InterviewQuestionsRequested(null, backend(Language.EN), 8, List.of());

        InterviewQuestionsGenerated first = prepare.apply(request);

        assertThat(prepare.apply(request)).isEqualTo(first);
    }
}
