package io.hrassist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.hrassist.events.fixtures.Fixtures;
import java.io.InputStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EventContractTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Stream<Arguments> types() {
        return EventType.all().stream().map(type -> Arguments.of(type, type.dataType()));
    }

    @ParameterizedTest
    @MethodSource("types")
    void fixtureMatchesSchema(EventType<?> type, Class<?> record) throws Exception {
        JsonNode fixture = MAPPER.readTree(Fixtures.data(type));

        assertThat(schema(type).validate(fixture)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("types")
    void recordSerialisesToSchemaValidJson(EventType<?> type, Class<?> record) throws Exception {
        Object data = MAPPER.readValue(Fixtures.data(type), record);
        JsonNode written = MAPPER.readTree(MAPPER.writeValueAsBytes(data));

        assertThat(schema(type).validate(written)).isEmpty();
        assertThat(MAPPER.treeToValue(written, record))
                .usingRecursiveComparison()
                .isEqualTo(data);
    }

    @ParameterizedTest
    @MethodSource("types")
    void schemaIdIsTheDataSchemaAttribute(EventType<?> type, Class<?> record) throws Exception {
        assertThat(schemaJson(type).get("$id").asText()).isEqualTo(type.dataSchema());
    }

    @ParameterizedTest
    @MethodSource("types")
    void schemaRejectsAnEmptyObject(EventType<?> type, Class<?> record) throws Exception {
        assertThat(schema(type).validate(MAPPER.createObjectNode())).isNotEmpty();
        assertThatThrownBy(() -> MAPPER.readValue("{}", record))
                .isInstanceOf(ValueInstantiationException.class)
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    @org.junit.jupiter.api.Test
    void flagTypesAreTheSchemasFlagTypes() throws Exception {
        JsonNode allowed =
                schemaJson(EventType.RESUME_EVALUATION_COMPLETED).at("/properties/flags/items/properties/type/enum");

        assertThat(allowed)
                .map(JsonNode::asText)
                .containsExactlyInAnyOrderElementsOf(Stream.of(ResumeEvaluated.FlagType.values())
                        .map(Enum::name)
                        .toList());
    }

    /** A kit holds one question per must-have when they outnumber the count: the schema takes the largest kit. */
    @org.junit.jupiter.api.Test
    void kitSchemaHoldsAQuestionForEachMustHaveOfTheLargestVacancy() throws Exception {
        JsonNode requested = schemaJson(EventType.INTERVIEW_QUESTIONS_REQUESTED);
        int mostMustHaves = requested
                .at("/$defs/vacancy/properties/mustHaveSkills/maxItems")
                .asInt();
        int largestCount = requested.at("/properties/count/maximum").asInt();

        assertThat(schemaJson(EventType.INTERVIEW_QUESTIONS_GENERATED)
                        .at("/properties/questions/maxItems")
                        .asInt())
                .isEqualTo(InterviewQuestionsGenerated.MAX_QUESTIONS)
                .isGreaterThanOrEqualTo(Math.max(mostMustHaves, largestCount))
                .isEqualTo(Math.max(VacancyBrief.MAX_SKILLS, InterviewQuestionsRequested.MAX_COUNT));
    }

    /** {@code reason} is additive: the schema without it still takes a new event, and an old event still reads. */
    @org.junit.jupiter.api.Test
    void criterionReasonIsCompatibleWithV1Readers() throws Exception {
        JsonNode fixture = MAPPER.readTree(Fixtures.data(EventType.RESUME_EVALUATION_COMPLETED));
        assertThat(fixture.at("/criteria/2/reason").asText()).isNotBlank();
        var withoutReason = (ObjectNode) schemaJson(EventType.RESUME_EVALUATION_COMPLETED);
        ((ObjectNode) withoutReason.at("/properties/criteria/items/properties")).remove("reason");
        var oldEvent = fixture.deepCopy();
        oldEvent.withArray("/criteria").forEach(c -> ((ObjectNode) c).remove("reason"));

        assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                        .getSchema(withoutReason)
                        .validate(fixture))
                .isEmpty();
        assertThat(schema(EventType.RESUME_EVALUATION_COMPLETED).validate(oldEvent))
                .isEmpty();
        assertThat(MAPPER.treeToValue(oldEvent, ResumeEvaluated.class).criteria())
                .allSatisfy(c -> assertThat(c.reason()).isNull());
    }

    @org.junit.jupiter.api.Test
    void anEvaluationMayCarryTheContactFoundAndOlderOnesStayValid() throws Exception {
        EventType<?> type = EventType.RESUME_EVALUATION_COMPLETED;
        var withContact = (com.fasterxml.jackson.databind.node.ObjectNode) MAPPER.readTree(Fixtures.data(type));
        withContact.set(
                "contact",
                MAPPER.readTree(
                        "{\"name\":\"Ada Lovelace\",\"email\":\"ada@example.org\",\"phone\":\"+44 20 7946 0000\","
                                + "\"links\":[\"https://github.com/ada\"]}"));

        ResumeEvaluated read = MAPPER.treeToValue(withContact, ResumeEvaluated.class);
        JsonNode written = MAPPER.readTree(MAPPER.writeValueAsBytes(read));

        assertThat(schema(type).validate(withContact)).isEmpty();
        assertThat(schema(type).validate(written)).isEmpty();
        assertThat(read.contact().email()).isEqualTo("ada@example.org");
        assertThat(read.contact().links()).containsExactly("https://github.com/ada");
        assertThat(read.withoutContact().contact()).isNull();
        assertThat(MAPPER.readValue(Fixtures.data(type), ResumeEvaluated.class).contact())
                .isNull();
        withContact.with("contact").put("email", "x".repeat(321));
        assertThat(schema(type).validate(withContact)).isNotEmpty();
        assertThatThrownBy(() -> MAPPER.treeToValue(withContact, ResumeEvaluated.class))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    private static JsonSchema schema(EventType<?> type) throws Exception {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaJson(type));
    }

    private static JsonNode schemaJson(EventType<?> type) throws Exception {
        try (InputStream in = EventContractTest.class.getClassLoader().getResourceAsStream(type.schemaResource())) {
            assertThat(in).as("schema of " + type).isNotNull();
            return MAPPER.readTree(in);
        }
    }
}
