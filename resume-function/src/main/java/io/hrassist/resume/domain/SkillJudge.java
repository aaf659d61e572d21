package io.hrassist.resume.domain;

import io.hrassist.events.EngineInfo;
import io.hrassist.events.ResumeEvaluated.Status;
import io.hrassist.events.VacancyBrief;
import java.util.List;
import java.util.Map;

/** Judges, skill by skill, whether a resume shows what a vacancy asks for (a model, in practice). */
public interface SkillJudge {

    /**
     * Judgements by skill name for the redacted resume text; an empty map means no usable judgement, and the offline
     * evidence is used. The verdict's engine is recorded in the result either way.
     */
    Verdict judge(VacancyBrief vacancy, List<String> skills, String redactedResume);

    /** One skill: the status claimed and the quotes that support it. */
    record Judgement(Status status, List<String> quotes) {}

    /** What the judge said, and which engine to record. */
    record Verdict(Map<String, Judgement> judgements, EngineInfo engine) {}
}
