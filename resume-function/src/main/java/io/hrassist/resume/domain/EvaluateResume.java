package io.hrassist.resume.domain;

import io.hrassist.events.EngineInfo;
import io.hrassist.events.FlagDetails;
import io.hrassist.events.Language;
import io.hrassist.events.ResumeEvaluated;
import io.hrassist.events.ResumeEvaluated.Criterion;
import io.hrassist.events.ResumeEvaluated.CriterionKind;
import io.hrassist.events.ResumeEvaluated.Flag;
import io.hrassist.events.ResumeEvaluated.FlagType;
import io.hrassist.events.ResumeEvaluationRequested;
import io.hrassist.events.VacancyBrief;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Evaluates a resume without any model: each vacancy skill is a criterion met by evidence quoted from the visible text,
 * experience comes from the date ranges, and the score is the weighted share of what is met.
 */
public final class EvaluateResume implements Function<ResumeEvaluationRequested, ResumeEvaluated> {

    public static final String VERSION = "resume-offline-2";
    private static final int MUST_HAVE_TOTAL = 70;
    private static final int NICE_TO_HAVE_TOTAL = 20;

    private final DocumentReader reader;
    private final SkillEvidence evidence;
    private final ClaimCheck claims;
    private final Experience experience;
    private final Clock clock;

    public EvaluateResume(DocumentReader reader, SkillTaxonomy taxonomy, Clock clock) {
        this.reader = reader;
        this.evidence = new SkillEvidence(taxonomy);
        this.claims = new ClaimCheck(evidence, new Quotes(taxonomy));
        this.experience = new Experience(taxonomy);
        this.clock = clock;
    }

    /** The offline evaluation. */
    @Override
    public ResumeEvaluated apply(ResumeEvaluationRequested request) {
        return evaluate(request, null);
    }

    /**
     * With a {@code judge}, the skills are judged by it on the redacted text, and each claim is checked
     * ({@link ClaimCheck}): never above what the rules find, quotes only whole lines or clauses naming the skill.
     * Experience, language, flags and the score stay computed here.
     */
    public ResumeEvaluated evaluate(ResumeEvaluationRequested request, SkillJudge judge) {
        ResumeText text = Untrusted.clean(reader.read(request.document()));
        if (text.visible().isBlank()) {
            throw new UnreadableDocumentException(
                    "NO_TEXT", "The document has no visible text (a scan without a text layer?).");
        }
        var flags = new ArrayList<>(text.flags());
        VacancyBrief vacancy = ProtectedCriteria.leftOut(request.vacancy(), flags);
        List<String> lines = Untrusted.withoutRepeats(Untrusted.lines(text.visible()));
        SkillJudge.Verdict verdict = judge == null
                ? new SkillJudge.Verdict(Map.of(), EngineInfo.offline(VERSION))
                : judge.judge(vacancy, allSkills(vacancy), PersonalData.forModel(text.visible()));
        var criteria = new ArrayList<Criterion>();
        var skills = new Skills(
                Untrusted.lines(text.visible()), verdict, text.visible(), criteria, flags, vacancy.language());
        add(skills, vacancy.mustHaveSkills(), CriterionKind.MUST_HAVE, MUST_HAVE_TOTAL);
        add(skills, vacancy.niceToHaveSkills(), CriterionKind.NICE_TO_HAVE, NICE_TO_HAVE_TOTAL);
        Experience.Found worked = experience.read(Untrusted.lines(text.visible()), vacancy, YearMonth.now(clock));
        if (vacancy.seniority() != null) {
            criteria.add(experience.criterion(worked, vacancy.seniority(), vacancy.language()));
        }
        criteria.add(Profile.language(vacancy.language(), String.join("\n", lines), lines));
        criteria.add(Profile.education(vacancy.language(), lines));
        stuffing(vacancy, text.visible()).ifPresent(flags::add);
        int score = ResumeEvaluated.scoreOf(criteria);
        return new ResumeEvaluated(
                score,
                criteria,
                Flags.bounded(flags),
                Summary.of(criteria, worked.years(), vacancy.language()),
                verdict.engine(),
                ContactDetails.of(text.visible()));
    }

    /** Keyword stuffing ({@link SkillEvidence#stuffed}) is flagged, and earns nothing extra. */
    private Optional<Flag> stuffing(VacancyBrief vacancy, String visible) {
        List<String> all = Untrusted.lines(visible);
        return allSkills(vacancy).stream()
                .filter(skill -> evidence.stuffed(skill, all))
                .findFirst()
                .map(skill -> new Flag(
                        FlagType.KEYWORD_STUFFING, FlagDetails.stuffed(skill, evidence.mentions(skill, all)), null));
    }

    /** Adds the criteria of a group of skills, each claim of the judge checked, to one evaluation. */
    private record Skills(
            List<String> lines,
            SkillJudge.Verdict verdict,
            String visible,
            List<Criterion> criteria,
            List<Flag> flags,
            Language language) {}

    private void add(Skills into, List<String> skills, CriterionKind kind, int total) {
        if (skills.isEmpty()) {
            return;
        }
        int weight = Math.max(1, Math.round((float) total / skills.size()));
        for (String skill : skills) {
            into.criteria()
                    .add(claims.criterion(
                            skill,
                            kind,
                            weight,
                            into.lines(),
                            into.visible(),
                            into.verdict().judgements().get(skill),
                            into.flags(),
                            into.language()));
        }
    }

    private static List<String> allSkills(VacancyBrief vacancy) {
        var all = new ArrayList<>(vacancy.mustHaveSkills());
        all.addAll(vacancy.niceToHaveSkills());
        return all;
    }
}
