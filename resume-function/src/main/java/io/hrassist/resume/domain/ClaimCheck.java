package io.hrassist.resume.domain;

import io.hrassist.events.FlagDetails;
import io.hrassist.events.Language;
import io.hrassist.events.ResumeEvaluated.Criterion;
import io.hrassist.events.ResumeEvaluated.CriterionKind;
import io.hrassist.events.ResumeEvaluated.Flag;
import io.hrassist.events.ResumeEvaluated.FlagType;
import io.hrassist.events.ResumeEvaluated.Status;
import jakarta.annotation.Nullable;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A model's claim about a skill counts only as far as the text supports it: never above what the rule-based engine
 * finds, and with its own quotes only where they pass {@link Quotes}. A claim above the rules is downgraded to them and
 * flagged {@code MODEL_DISAGREEMENT}; the model may always judge lower.
 */
final class ClaimCheck {

    private static final Logger LOG = LoggerFactory.getLogger(ClaimCheck.class);

    private final SkillEvidence evidence;
    private final Quotes quotes;

    ClaimCheck(SkillEvidence evidence, Quotes quotes) {
        this.evidence = evidence;
        this.quotes = quotes;
    }

    Criterion criterion(
            String skill,
            CriterionKind kind,
            int weight,
            List<String> lines,
            String visible,
            @Nullable SkillJudge.Judgement claim,
            List<Flag> flags,
            Language language) {
        Criterion rules = evidence.judge(skill, kind, weight, lines, language);
        if (claim == null) {
            return rules;
        }
        if (claim.status() == Status.MISSING) {
            return new Criterion(skill, kind, weight, Status.MISSING, List.of());
        }
        List<String> kept = quotes.accepted(skill, claim.quotes(), visible);
        if (kept.size() < claim.quotes().size()) {
            LOG.info(
                    "Refused {} of {} model quotes for a skill",
                    claim.quotes().size() - kept.size(),
                    claim.quotes().size());
        }
        if (stronger(claim.status(), rules.status())) {
            flags.add(new Flag(
                    FlagType.MODEL_DISAGREEMENT,
                    FlagDetails.claimed(
                            skill, claim.status().name(), rules.status().name()),
                    claim.quotes().stream()
                            .filter(q -> q != null && !q.isBlank())
                            .map(Untrusted::excerpt)
                            .findFirst()
                            .orElse(null)));
            return rules;
        }
        return kept.isEmpty() ? rules : new Criterion(skill, kind, weight, claim.status(), kept);
    }

    private static boolean stronger(Status claimed, Status supported) {
        return claimed.ordinal() < supported.ordinal();
    }
}
