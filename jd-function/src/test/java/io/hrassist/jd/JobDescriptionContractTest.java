package io.hrassist.jd;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hrassist.events.EventType;
import io.hrassist.events.fixtures.FunctionContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest
class JobDescriptionContractTest extends FunctionContract {

    @Override
    protected EventType<?> requestType() {
        return EventType.JOB_DESCRIPTION_REQUESTED;
    }

    @Override
    protected EventType<?> replyType() {
        return EventType.JOB_DESCRIPTION_GENERATED;
    }

    @Override
    protected String source() {
        return "/hr-assist/jd-function";
    }

    @Override
    protected String plainPath() {
        return "/job-description";
    }

    @Override
    protected void assertReply(JsonNode data) {
        assertThat(data.get("markdown").asText())
                .startsWith("# Senior Backend Engineer")
                .contains("2 million parcels")
                .contains("Hands-on experience with Kubernetes");
        assertThat(data.get("engine").get("name").asText()).isEqualTo("offline");
    }
}
