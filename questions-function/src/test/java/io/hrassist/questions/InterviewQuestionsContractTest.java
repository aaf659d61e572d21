package io.hrassist.questions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hrassist.events.EventType;
import io.hrassist.events.fixtures.FunctionContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest
class InterviewQuestionsContractTest extends FunctionContract {

    @Override
    protected EventType<?> requestType() {
        return EventType.INTERVIEW_QUESTIONS_REQUESTED;
    }

    @Override
    protected EventType<?> replyType() {
        return EventType.INTERVIEW_QUESTIONS_GENERATED;
    }

    @Override
    protected String source() {
        return "/hr-assist/questions-function";
    }

    @Override
    protected String plainPath() {
        return "/interview-questions";
    }

    @Override
    protected void assertReply(JsonNode data) {
        assertThat(data.get("language").asText()).isEqualTo("ru");
        assertThat(data.get("questions")).hasSize(8);
        assertThat(data.get("questions").get(0).get("rubric")).hasSize(5);
        assertThat(data.get("questions")).allSatisfy(q -> {
            assertThat(q.get("requirement").get("name").asText()).isNotBlank();
            assertThat(q.get("followUps")).isNotEmpty();
            assertThat(q.get("redFlags")).isNotEmpty();
        });
        assertThat(data.get("questions").findValues("requirement"))
                .extracting(r -> r.get("name").asText())
                .contains("SQL", "Python", "A/B-тестирование");
        assertThat(data.get("scoring").get("notAssessedAllowed").asBoolean()).isTrue();
    }
}
