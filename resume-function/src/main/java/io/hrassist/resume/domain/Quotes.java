package io.hrassist.resume.domain;

import io.hrassist.events.ResumeEvaluated.Criterion;
import io.hrassist.events.ResumeEvaluated.CriterionKind;
import io.hrassist.events.ResumeEvaluated.Status;
import java.util.List;
import java.util.Locale;

/** A model's claim is kept only with quotes that really are in the visible resume text. */
final class Quotes {

    private static final int MAX_QUOTES = 3;

    private Quotes() {}

    static Criterion checked(
            String skill, CriterionKind kind, int weight, SkillJudge.Judgement judgement, String visible) {
        String haystack = normalize(visible);
        List<String> kept = judgement.quotes().stream()
                .filter(q -> q != null && !q.isBlank() && haystack.contains(normalize(q)))
                .map(Untrusted::excerpt)
                .limit(MAX_QUOTES)
                .toList();
        Status status = kept.isEmpty() ? Status.MISSING : judgement.status();
        return new Criterion(skill, kind, weight, status, kept);
    }

    private static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
