package io.hrassist.jd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.EngineInfo;
import io.hrassist.events.EventType;
import io.hrassist.events.JobDescriptionGenerated;
import io.hrassist.events.JobDescriptionGenerated.Action;
import io.hrassist.events.JobDescriptionGenerated.Warning;
import io.hrassist.events.JobDescriptionRequested;
import io.hrassist.events.fixtures.Fixtures;
import io.hrassist.llm.testing.FakeOpenAi;
import io.hrassist.llm.testing.WithFakeOpenAi;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The function with a model configured: a local server speaks the OpenAI chat-completions protocol. */
@MicronautTest
class JobDescriptionWithModelTest extends WithFakeOpenAi {

    @Inject
    JobDescriptionFunction function;

    @Inject
    ObjectMapper mapper;

    @Test
    void usesTheModelsProseButOnlyTheBriefsRequirementsAndRecordsModelAndPrompt() throws Exception {
        model.answer("""
                {"summary": "You will shape the routing platform that moves parcels across Europe.",
                 "responsibilities": ["Design routing services.", "Run them in production.", "Review code with the team."],
                 "growth": "You will grow into owning the platform's architecture."}""");

        JobDescriptionGenerated result = function.apply(request());

        assertThat(result.engine()).isEqualTo(new EngineInfo("openai", FakeOpenAi.MODEL, "job-description.v1", false));
        assertThat(result.markdown())
                .contains("You will shape the routing platform")
                .contains("- Design routing services.")
                .contains("Hands-on experience with Kubernetes");
        assertThat(model.requests()).singleElement().asString().contains("Senior Backend Engineer");
    }

    @Test
    void fallsBackToTheKnowledgeBaseAndSaysSo() throws Exception {
        model.fail(500);

        JobDescriptionGenerated result = function.apply(request());

        assertThat(result.engine()).isEqualTo(new EngineInfo("offline", FakeOpenAi.MODEL, "job-description.v1", true));
        assertThat(result.sections())
                .anyMatch(s -> s.id().equals("responsibilities") && !s.items().isEmpty());
    }

    @Test
    void checksTheModelsProseLikeTheBriefAndNeverShowsItTheFlaggedSentences() throws Exception {
        model.answer("""
                {"summary": "You will shape the routing platform. We want a young rockstar on the team.",
                 "responsibilities": ["Design routing services.", "Crush your quotas every month.",
                                      "Review code with the team.", "Mentor the ninjas of tomorrow."],
                 "growth": "You will grow into owning the platform's architecture."}""");
        var node = (com.fasterxml.jackson.databind.node.ObjectNode)
                mapper.readTree(Fixtures.data(EventType.JOB_DESCRIPTION_REQUESTED));
        ((com.fasterxml.jackson.databind.node.ObjectNode) node.get("vacancy"))
                .put("brief", "We move parcels across Europe. Candidates under 30 only. Salary: €70k–85k.");

        JobDescriptionGenerated result = function.apply(mapper.treeToValue(node, JobDescriptionRequested.class));

        assertThat(result.engine().name()).isEqualTo("openai");
        assertThat(result.markdown())
                .contains("You will shape the routing platform.")
                .contains("- Mentor the experts of tomorrow.")
                .contains("Salary: €70k–85k")
                .doesNotContainIgnoringCase("young")
                .doesNotContainIgnoringCase("rockstar")
                .doesNotContainIgnoringCase("crush");
        assertThat(result.warnings())
                .extracting(Warning::phrase, Warning::action)
                .contains(
                        tuple("young", Action.REMOVED),
                        tuple("Crush your quotas", Action.REMOVED),
                        tuple("ninjas", Action.REPLACED));
        assertThat(model.requests())
                .singleElement()
                .asString()
                .contains("We move parcels across Europe.")
                .doesNotContain("under 30")
                .doesNotContain("70k");
    }

    @Test
    void showsTheModelTheNeutralTitleAndRetitlesItsProse() throws Exception {
        model.answer("""
                {"summary": "As our Salesman you will open new accounts across the region.",
                 "responsibilities": ["Visit clients.", "Work with every salesman on the floor.", "Keep the CRM current."],
                 "growth": "You will grow into a key account role."}""");
        var node = (com.fasterxml.jackson.databind.node.ObjectNode)
                mapper.readTree(Fixtures.data(EventType.JOB_DESCRIPTION_REQUESTED));
        ((com.fasterxml.jackson.databind.node.ObjectNode) node.get("vacancy")).put("title", "Salesman");

        JobDescriptionGenerated result = function.apply(mapper.treeToValue(node, JobDescriptionRequested.class));

        assertThat(model.requests())
                .singleElement()
                .asString()
                .contains("Salesperson")
                .doesNotContain("Salesman");
        assertThat(result.engine().name()).isEqualTo("openai");
        assertThat(result.markdown())
                .startsWith("# Salesperson")
                .contains("As our Salesperson you will open new accounts")
                .contains("- Work with every salesperson on the floor.")
                .doesNotContainIgnoringCase("salesman");
        assertThat(result.warnings())
                .extracting(Warning::phrase, Warning::action, Warning::replacement)
                .containsExactly(tuple("Salesman", Action.REPLACED, "Salesperson"));
    }

    private JobDescriptionRequested request() throws Exception {
        return mapper.readValue(Fixtures.data(EventType.JOB_DESCRIPTION_REQUESTED), JobDescriptionRequested.class);
    }
}
