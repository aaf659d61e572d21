package io.hrassist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.hrassist.events.InterviewQuestionsGenerated.RequirementKind;
import io.hrassist.events.JobDescriptionGenerated.Action;
import io.hrassist.events.JobDescriptionGenerated.Severity;
import io.hrassist.events.fixtures.Fixtures;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fields added to the job-description and interview-kit events after v1 went out are optional both ways: data
 * written before them still validates and binds, and the new fields are checked when present.
 */
class LaterOptionalFieldsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void warningsWithoutSeverityOrActionStillBind() throws Exception {
        ObjectNode data = fixture(EventType.JOB_DESCRIPTION_GENERATED);
        data.withArray("warnings").forEach(w -> ((ObjectNode) w).remove(List.of("severity", "action", "replacement")));

        assertThat(schema(EventType.JOB_DESCRIPTION_GENERATED).validate(data)).isEmpty();
        var generated = MAPPER.treeToValue(data, JobDescriptionGenerated.class);
        assertThat(generated.warnings()).allSatisfy(w -> {
            assertThat(w.severity()).isNull();
            assertThat(w.action()).isNull();
        });
    }

    @Test
    void warningsCarrySeverityAndWhatWasChanged() throws Exception {
        var generated =
                MAPPER.readValue(Fixtures.data(EventType.JOB_DESCRIPTION_GENERATED), JobDescriptionGenerated.class);

        assertThat(generated.warnings())
                .extracting(JobDescriptionGenerated.Warning::severity, JobDescriptionGenerated.Warning::action)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Severity.UNLAWFUL, Action.REMOVED),
                        org.assertj.core.groups.Tuple.tuple(Severity.HINT, Action.REPLACED));
        assertThatThrownBy(() -> new JobDescriptionGenerated.Warning(
                        "rockstar", "gender-coded", "why", null, Severity.HINT, Action.REPLACED, null))
                .hasMessageContaining("replacement");
    }

    @Test
    void schemaRejectsAnUnknownSeverity() throws Exception {
        ObjectNode data = fixture(EventType.JOB_DESCRIPTION_GENERATED);
        ((ObjectNode) data.withArray("warnings").get(0)).put("severity", "CATASTROPHIC");

        assertThat(schema(EventType.JOB_DESCRIPTION_GENERATED).validate(data)).isNotEmpty();
    }

    @Test
    void questionsWithoutStructuredFieldsStillBind() throws Exception {
        ObjectNode data = fixture(EventType.INTERVIEW_QUESTIONS_GENERATED);
        data.remove("scoring");
        data.withArray("questions")
                .forEach(q -> ((ObjectNode) q).remove(List.of("requirement", "followUps", "redFlags")));

        assertThat(schema(EventType.INTERVIEW_QUESTIONS_GENERATED).validate(data))
                .isEmpty();
        var kit = MAPPER.treeToValue(data, InterviewQuestionsGenerated.class);
        assertThat(kit.scoring()).isNull();
        assertThat(kit.questions()).allSatisfy(q -> {
            assertThat(q.requirement()).isNull();
            assertThat(q.followUps()).isEmpty();
            assertThat(q.redFlags()).isEmpty();
        });
    }

    @Test
    void questionsTraceToTheirRequirementWithProbesAndRedFlags() throws Exception {
        var kit = MAPPER.readValue(
                Fixtures.data(EventType.INTERVIEW_QUESTIONS_GENERATED), InterviewQuestionsGenerated.class);

        var question = kit.questions().get(0);
        assertThat(question.requirement())
                .isEqualTo(new InterviewQuestionsGenerated.Requirement("PostgreSQL", RequirementKind.MUST_HAVE));
        assertThat(question.followUps()).isNotEmpty();
        assertThat(question.redFlags()).isNotEmpty();
        assertThat(kit.scoring().notAssessedAllowed()).isTrue();
    }

    @Test
    void schemaRejectsARequirementWithoutItsKind() throws Exception {
        ObjectNode data = fixture(EventType.INTERVIEW_QUESTIONS_GENERATED);
        ((ObjectNode) data.withArray("questions").get(0).get("requirement")).remove("kind");

        assertThat(schema(EventType.INTERVIEW_QUESTIONS_GENERATED).validate(data))
                .isNotEmpty();
        assertThatThrownBy(() -> MAPPER.treeToValue(data, InterviewQuestionsGenerated.class))
                .hasRootCauseMessage("requirement.kind is required");
    }

    @Test
    void jobDescriptionRequestsMayNameAllowedPhrases() throws Exception {
        ObjectNode data = fixture(EventType.JOB_DESCRIPTION_REQUESTED);
        assertThat(MAPPER.treeToValue(data, JobDescriptionRequested.class).allowedPhrases())
                .isEmpty();

        data.putArray("allowedPhrases").add("female actors");
        assertThat(schema(EventType.JOB_DESCRIPTION_REQUESTED).validate(data)).isEmpty();
        assertThat(MAPPER.treeToValue(data, JobDescriptionRequested.class).allowedPhrases())
                .containsExactly("female actors");

        data.putArray("allowedPhrases").add("");
        assertThat(schema(EventType.JOB_DESCRIPTION_REQUESTED).validate(data)).isNotEmpty();
        assertThatThrownBy(() -> MAPPER.treeToValue(data, JobDescriptionRequested.class))
                .hasRootCauseMessage("allowedPhrases entry must not be blank");
    }

    private static ObjectNode fixture(EventType<?> type) throws Exception {
        return (ObjectNode) MAPPER.readTree(Fixtures.data(type));
    }

    private static JsonSchema schema(EventType<?> type) throws Exception {
        try (InputStream in =
                LaterOptionalFieldsTest.class.getClassLoader().getResourceAsStream(type.schemaResource())) {
            JsonNode json = MAPPER.readTree(in);
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(json);
        }
    }
}
