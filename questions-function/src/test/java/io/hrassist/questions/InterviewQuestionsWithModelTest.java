package io.hrassist.questions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.EngineInfo;
import io.hrassist.events.EventType;
import io.hrassist.events.InterviewQuestionsGenerated;
import io.hrassist.events.InterviewQuestionsGenerated.Question;
import io.hrassist.events.InterviewQuestionsGenerated.Requirement;
import io.hrassist.events.InterviewQuestionsGenerated.RequirementKind;
import io.hrassist.events.InterviewQuestionsRequested;
import io.hrassist.events.Language;
import io.hrassist.events.VacancyBrief;
import io.hrassist.events.fixtures.Fixtures;
import io.hrassist.llm.testing.FakeOpenAi;
import io.hrassist.llm.testing.WithFakeOpenAi;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The function with a model configured: a local server speaks the OpenAI chat-completions protocol. */
@MicronautTest
class InterviewQuestionsWithModelTest extends WithFakeOpenAi {

    @Inject
    InterviewQuestionsFunction function;

    @Inject
    ObjectMapper mapper;

    @Test
    void usesTheModelsKitWhenItHonoursTheRequest() throws Exception {
        model.answer(kit(8, "BEHAVIORAL"));

        InterviewQuestionsGenerated result = function.apply(request());

        assertThat(result.engine())
                .isEqualTo(new EngineInfo("openai", FakeOpenAi.MODEL, "interview-questions.v3", false));
        assertThat(result.questions()).hasSize(8);
        assertThat(result.questions())
                .extracting(q -> q.requirement().name())
                .contains("SQL", "Python", "A/B-тестирование");
        assertThat(result.scoring().notAssessedAllowed()).isTrue();
        assertThat(model.requests())
                .singleElement()
                .asString()
                .contains("Exactly 8 questions")
                .contains("(SQL, Python, A/B-тестирование)");
    }

    @Test
    void asksAgainWhenAMustHaveIsUntestedThenFillsItFromTheBank() throws Exception {
        model.answer(kit(8, "BEHAVIORAL", "SQL"));

        InterviewQuestionsGenerated result = function.apply(request());

        assertThat(result.engine())
                .isEqualTo(new EngineInfo("openai", FakeOpenAi.MODEL, "interview-questions.v3", false));
        assertThat(model.requests()).hasSize(2);
        assertThat(model.requests().get(1)).contains("untested: [Python, A/B-тестирование]");
        assertThat(result.questions()).hasSize(8);
        assertThat(result.questions())
                .filteredOn(q -> q.text().startsWith("Question "))
                .hasSize(6);
        assertThat(result.questions())
                .extracting(q -> q.requirement().name())
                .contains("SQL", "Python", "A/B-тестирование");
    }

    @Test
    void givesEveryMustHaveAQuestionWhenTheyOutnumberTheCount() throws Exception {
        List<String> mustHave =
                IntStream.rangeClosed(1, 25).mapToObj(i -> "Навык " + i).toList();
        var request = new InterviewQuestionsRequested(
                null,
                new VacancyBrief("Аналитик", Language.RU, null, null, null, null, mustHave, List.of(), null),
                10,
                List.of());
        model.answer(kit(25, "TECHNICAL", mustHave.subList(0, 20).toArray(String[]::new)));

        InterviewQuestionsGenerated result = function.apply(request);

        assertThat(model.requests().get(0)).contains("Exactly 25 questions");
        assertThat(model.requests().get(1)).contains("untested: [" + String.join(", ", mustHave.subList(20, 25)));
        assertThat(result.engine().fallback()).isFalse();
        assertThat(result.questions()).hasSize(25).extracting(Question::text).doesNotHaveDuplicates();
        for (String skill : mustHave) {
            assertThat(result.questions())
                    .as(skill)
                    .filteredOn(q -> q.requirement().equals(new Requirement(skill, RequirementKind.MUST_HAVE)))
                    .singleElement()
                    .satisfies(q -> assertThat(q.text()).containsAnyOf("Question ", "«" + skill + "»"));
        }
        assertThat(result.questions())
                .filteredOn(
                        q -> mustHave.subList(20, 25).contains(q.requirement().name()))
                .hasSize(5)
                .allSatisfy(q -> assertThat(q.text()).containsPattern("\\p{IsCyrillic}"));
    }

    @Test
    void asksAgainWhenQuestionsLackFollowUpsOrRedFlags() throws Exception {
        model.answer(kit(8, "BEHAVIORAL").replace("\"redFlags\": [\"a red flag\"]", "\"redFlags\": []"));

        InterviewQuestionsGenerated result = function.apply(request());

        assertThat(result.engine().fallback()).isTrue();
        assertThat(model.requests().get(1)).contains("every question needs followUps and redFlags");
    }

    @Test
    void asksAgainWhenTheKitBreaksTheRequestThenFallsBackToTheBank() throws Exception {
        model.answer(kit(3, "BEHAVIORAL"));

        InterviewQuestionsGenerated result = function.apply(request());

        assertThat(result.engine())
                .isEqualTo(new EngineInfo("offline", FakeOpenAi.MODEL, "interview-questions.v3", true));
        assertThat(result.questions()).hasSize(8);
        assertThat(model.requests()).hasSize(2);
        assertThat(model.requests().get(1)).contains("give exactly 8 questions, not 3");
    }

    private static String kit(int count, String type) {
        return kit(count, type, "SQL", "Python", "A/B-тестирование");
    }

    /** A kit of {@code count} questions whose requirements name {@code skills} in turn, from the second. */
    private static String kit(int count, String type, String... skills) {
        var questions = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            questions.append(i > 1 ? "," : "").append("""
                    {"text": "Question %d?", "type": "%s", "competency": "Teamwork", "goodAnswer": ["a point"],
                     "requirement": {"name": "%s", "kind": "MUST_HAVE"},
                     "rubric": [{"score": 1, "description": "d1"}, {"score": 2, "description": "d2"},
                                {"score": 3, "description": "d3"}, {"score": 4, "description": "d4"},
                                {"score": 5, "description": "d5"}],
                     "followUps": ["a probe"], "redFlags": ["a red flag"]}""".formatted(i, type, skills[i % skills.length]));
        }
        return "{\"questions\": [" + questions + "]}";
    }

    private InterviewQuestionsRequested request() throws Exception {
        return mapper.readValue(
                Fixtures.data(EventType.INTERVIEW_QUESTIONS_REQUESTED), InterviewQuestionsRequested.class);
    }
}
