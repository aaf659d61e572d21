package io.hrassist.bench.ranking;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.ResumeEvaluated;
import io.hrassist.events.ResumeEvaluationRequested;
import io.hrassist.events.ResumeEvaluationRequested.Document;
import io.hrassist.resume.document.FileDocumentReader;
import io.hrassist.resume.domain.EvaluateResume;
import io.hrassist.resume.domain.SkillJudge;
import io.hrassist.resume.taxonomy.JsonSkillTaxonomy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The resume function's engine as a library, as its own tests use it, on a fixed date: "present" in a resume always
 * means the same month, so years of experience, and with them the figures, do not drift with the calendar.
 */
public final class Engine {

    /** The day the set is evaluated on. */
    public static final Instant TODAY = Instant.parse("2026-12-01T00:00:00Z");

    private final EvaluateResume evaluate = new EvaluateResume(
            new FileDocumentReader(), new JsonSkillTaxonomy(new ObjectMapper()), Clock.fixed(TODAY, ZoneOffset.UTC));

    /** The offline evaluation (no model). */
    public ResumeEvaluated offline(VacancyCase vacancy, GradedResume resume) {
        return evaluate.apply(request(vacancy, resume));
    }

    /** The model path, with {@code judge} standing in for the model; its claims are checked as a model's are. */
    public ResumeEvaluated withJudge(VacancyCase vacancy, GradedResume resume, SkillJudge judge) {
        return evaluate.evaluate(request(vacancy, resume), judge);
    }

    private static ResumeEvaluationRequested request(VacancyCase vacancy, GradedResume resume) {
        return new ResumeEvaluationRequested(
                vacancy.id(),
                resume.file(),
                vacancy.brief(),
                new Document(resume.file(), "text/plain", resume.content()));
    }
}
