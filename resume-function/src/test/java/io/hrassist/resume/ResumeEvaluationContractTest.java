package io.hrassist.resume;

import static io.hrassist.events.fixtures.CloudEventRequests.binary;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hrassist.events.EventType;
import io.hrassist.events.fixtures.Fixtures;
import io.hrassist.events.fixtures.FunctionContract;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

@MicronautTest
class ResumeEvaluationContractTest extends FunctionContract {

    private static final EventType<?> REQUEST = EventType.RESUME_EVALUATION_REQUESTED;

    @Override
    protected EventType<?> requestType() {
        return REQUEST;
    }

    @Override
    protected EventType<?> replyType() {
        return EventType.RESUME_EVALUATION_COMPLETED;
    }

    @Override
    protected String source() {
        return "/hr-assist/resume-function";
    }

    @Override
    protected String plainPath() {
        return "/resume-evaluation";
    }

    @Override
    protected void assertReply(JsonNode data) {
        assertThat(data.get("score").asInt()).isGreaterThanOrEqualTo(80);
        assertThat(data.get("criteria").get(0).get("evidence").get(0).asText()).contains("Java");
        assertThat(data.get("contact").get("name").asText()).isEqualTo("Anna Petrova");
    }

    @Test
    void answersUnreadableDocumentWithTaskFailed() throws Exception {
        HttpResponse<String> response = post(new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 0, 0, 0, 9});

        assertThat(response.code()).isEqualTo(200);
        assertThat(response.header("ce-type")).isEqualTo(EventType.TASK_FAILED.name());
        assertThat(mapper.readTree(response.body()).get("reason").asText()).isEqualTo("UNSUPPORTED_DOCUMENT");
    }

    /** A budget hit is final: a task.failed reply with 200, never a 5xx the broker would retry. */
    @Test
    void answersDocumentOverALimitWithTaskFailed() throws Exception {
        byte[] bomb = HostileFiles.pdf("/FlateDecode", java.util.List.of(HostileFiles.flate(400L << 20)));

        HttpResponse<String> response = post(bomb);

        assertThat(response.code()).isEqualTo(200);
        assertThat(response.header("ce-type")).isEqualTo(EventType.TASK_FAILED.name());
        JsonNode failed = mapper.readTree(response.body());
        assertThat(failed.get("reason").asText()).isEqualTo("DOCUMENT_OVER_LIMIT");
        assertThat(failed.get("detail").asText()).contains("hr-assist.documents.pdf-max-decoded-bytes");
    }

    private HttpResponse<String> post(byte[] document) throws Exception {
        var data = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(Fixtures.data(REQUEST));
        ((com.fasterxml.jackson.databind.node.ObjectNode) data.get("document"))
                .put("content", java.util.Base64.getEncoder().encodeToString(document));
        return client.toBlocking()
                .exchange(binary("/", "req-4", REQUEST.name(), TASK, mapper.writeValueAsString(data)), String.class);
    }
}
