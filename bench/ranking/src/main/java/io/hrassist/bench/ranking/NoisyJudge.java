package io.hrassist.bench.ranking;

import io.hrassist.events.EngineInfo;
import io.hrassist.events.ResumeEvaluated;
import io.hrassist.events.ResumeEvaluated.Criterion;
import io.hrassist.events.ResumeEvaluated.Status;
import io.hrassist.events.VacancyBrief;
import io.hrassist.resume.domain.SkillJudge;
import java.util.HashMap;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A stand-in for a model on the model path: it repeats what the rules found for each skill, with the rules' quotes,
 * except that with probability {@code noise} a claim moves one level up or down. The seed decides which, so a run can
 * be repeated exactly and runs with different seeds differ as a real model's answers would. A claim above the rules is
 * capped by the engine's claim check; one below it lowers the score: the spread over seeds shows how much a model's
 * noise can reorder the ranking.
 */
final class NoisyJudge implements SkillJudge {

    private static final Status[] LEVELS = {Status.MET, Status.PARTIAL, Status.MISSING};

    private final ResumeEvaluated rules;
    private final double noise;
    private final long seed;

    NoisyJudge(ResumeEvaluated rules, double noise, long seed) {
        if (noise < 0 || noise > 1) {
            throw new IllegalArgumentException("noise is a probability, 0 to 1: " + noise);
        }
        this.rules = rules;
        this.noise = noise;
        this.seed = seed;
    }

    @Override
    public Verdict judge(VacancyBrief vacancy, List<String> skills, String redactedResume) {
        var judgements = new HashMap<String, Judgement>();
        for (String skill : skills) {
            rules.criteria().stream()
                    .filter(c -> c.name().equals(skill))
                    .findFirst()
                    .ifPresent(c -> judgements.put(skill, new Judgement(claim(c, skill), c.evidence())));
        }
        return new Verdict(judgements, new EngineInfo("noisy-judge", "seed-" + seed, null, false));
    }

    private Status claim(Criterion criterion, String skill) {
        var random = new SplittableRandom(seed * 1_000_003L + skill.hashCode());
        if (random.nextDouble() >= noise) {
            return criterion.status();
        }
        int level = criterion.status().ordinal() + (random.nextBoolean() ? 1 : -1);
        return LEVELS[Math.max(0, Math.min(LEVELS.length - 1, level))];
    }
}
