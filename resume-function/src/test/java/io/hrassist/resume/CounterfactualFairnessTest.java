package io.hrassist.resume;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.ResumeEvaluated;
import io.hrassist.events.ResumeEvaluated.Criterion;
import io.hrassist.resume.Counterfactuals.Variant;
import io.hrassist.resume.document.FileDocumentReader;
import io.hrassist.resume.domain.EvaluateResume;
import io.hrassist.resume.taxonomy.JsonSkillTaxonomy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The offline engine judges the work, not the person: the same resume under a name that signals another gender or
 * origin, with another graduation year, a parental leave in a gap, a disability mentioned or another address gets the
 * same score and the same status on every criterion.
 */
class CounterfactualFairnessTest {

    private static final EvaluateResume EVALUATE = new EvaluateResume(
            new FileDocumentReader(),
            new JsonSkillTaxonomy(new ObjectMapper()),
            Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC));

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.hrassist.resume.Counterfactuals#english")
    void scoresAnEnglishResumeTheSameWhateverThePerson(Variant variant) {
        assertSameJudgement(variant, Counterfactuals.englishBase());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.hrassist.resume.Counterfactuals#russian")
    void scoresARussianResumeTheSameWhateverThePerson(Variant variant) {
        assertSameJudgement(variant, Counterfactuals.russianBase());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.hrassist.resume.Counterfactuals#russianGendered")
    void scoresARussianResumeTheSameInTheFeminineAsInTheMasculine(Variant variant) {
        assertSameJudgement(variant, Counterfactuals.russianMasculineBase());
    }

    private static void assertSameJudgement(Variant variant, Variant base) {
        ResumeEvaluated expected = EVALUATE.apply(base.request());
        ResumeEvaluated actual = EVALUATE.apply(variant.request());

        assertThat(statuses(actual)).as("criteria with %s", variant).isEqualTo(statuses(expected));
        assertThat(actual.score()).as("score with %s", variant).isEqualTo(expected.score());
        assertThat(actual.flags()).as("flags with %s", variant).isEqualTo(expected.flags());
    }

    private static List<String> statuses(ResumeEvaluated result) {
        return result.criteria().stream()
                .map((Criterion c) -> c.name() + " " + c.status())
                .toList();
    }
}
