package io.hrassist.events;

import jakarta.annotation.Nullable;
import java.util.List;

/**
 * Data of {@link EventType#RESUME_EVALUATION_COMPLETED}: a score computed from per-criterion judgements, each backed
 * by evidence quoted from the visible resume text, and flags for anything suspicious. {@code contact} (optional) is the
 * personal data found in the visible text, for the receiver to keep apart from the evaluation.
 */
public record ResumeEvaluated(
        int score,
        List<Criterion> criteria,
        List<Flag> flags,
        String summary,
        EngineInfo engine,
        @Nullable Contact contact) {

    public ResumeEvaluated {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be between 0 and 100");
        }
        criteria = Checks.list(criteria, "criteria", 200);
        flags = Checks.list(flags, "flags", 100);
        summary = Checks.text(summary, "summary", 5000);
        engine = Checks.required(engine, "engine");
    }

    /** An evaluation without contact details. */
    public ResumeEvaluated(int score, List<Criterion> criteria, List<Flag> flags, String summary, EngineInfo engine) {
        this(score, criteria, flags, summary, engine, null);
    }

    /** This evaluation without its contact details. */
    public ResumeEvaluated withoutContact() {
        return new ResumeEvaluated(score, criteria, flags, summary, engine);
    }

    /** The score of {@code criteria}: the weighted share of criteria met, PARTIAL counting half (0 without weights). */
    public static int scoreOf(List<Criterion> criteria) {
        int total = criteria.stream().mapToInt(Criterion::weight).sum();
        if (total == 0) {
            return 0;
        }
        double earned = criteria.stream()
                .mapToDouble(c -> switch (c.status()) {
                    case MET -> c.weight();
                    case PARTIAL -> c.weight() / 2.0;
                    case MISSING -> 0;
                })
                .sum();
        return (int) Math.round(100 * earned / total);
    }

    /** Whether a criterion is met. */
    public enum Status {
        MET,
        PARTIAL,
        MISSING
    }

    /** Where a criterion comes from in the vacancy. */
    public enum CriterionKind {
        MUST_HAVE,
        NICE_TO_HAVE,
        EXPERIENCE,
        LANGUAGE,
        EDUCATION
    }

    /**
     * One requirement of the vacancy and what the resume shows for it. {@code evidence} holds only verbatim quotes of
     * the visible resume text, so a recruiter can find each one in the document; a quote longer than
     * {@link #MAX_QUOTE} characters is cut there (a quote is evidence, not the whole text). What the engine computed
     * from the text ("about 11 years from the dates", "written in English") is the optional {@code reason}, added in
     * v1 without breaking its readers: they ignore a property they do not know.
     */
    public record Criterion(
            String name,
            CriterionKind kind,
            int weight,
            Status status,
            List<String> evidence,
            @Nullable String reason) {

        public static final int MAX_QUOTE = 1000;
        public static final int MAX_REASON = 1000;

        public Criterion {
            name = Checks.text(name, "criterion.name", 200);
            kind = Checks.required(kind, "criterion.kind");
            if (weight < 0 || weight > 100) {
                throw new IllegalArgumentException("criterion.weight must be between 0 and 100");
            }
            status = Checks.required(status, "criterion.status");
            evidence = Checks.list(evidence, "criterion.evidence", 20).stream()
                    .map(quote -> quote.length() > MAX_QUOTE ? quote.substring(0, MAX_QUOTE) : quote)
                    .toList();
            reason = Checks.optionalText(reason, "criterion.reason", MAX_REASON);
        }

        /** A criterion shown by its quotes alone. */
        public Criterion(String name, CriterionKind kind, int weight, Status status, List<String> evidence) {
            this(name, kind, weight, status, evidence, null);
        }
    }

    /**
     * Kinds of finding a recruiter must see. {@code MODEL_DISAGREEMENT}: the model claimed more than its quotes or the
     * rule-based engine support, and the claim was downgraded. {@code PROTECTED_TRAIT}: a criterion of the vacancy
     * names a protected trait (sex, age, family, religion, origin, …; see {@link ProtectedTraits}) and was not scored.
     */
    public enum FlagType {
        HIDDEN_TEXT,
        PROMPT_INJECTION,
        NO_TEXT,
        KEYWORD_STUFFING,
        UNSUPPORTED_DOCUMENT,
        MODEL_DISAGREEMENT,
        PROTECTED_TRAIT
    }

    /** A finding about the document itself, with an excerpt where one helps. */
    public record Flag(
            FlagType type, String detail, @Nullable String excerpt) {
        public Flag {
            type = Checks.required(type, "flag.type");
            detail = Checks.text(detail, "flag.detail", 1000);
            excerpt = Checks.optionalText(excerpt, "flag.excerpt", 500);
        }
    }

    /**
     * Who the resume says it is from and how to reach them, as found in its visible text: a name, an e-mail address, a
     * phone number and links (profiles, portfolio). Every part is optional.
     */
    public record Contact(
            @Nullable String name,
            @Nullable String email,
            @Nullable String phone,
            List<String> links) {

        public static final int MAX_LINKS = 10;

        public Contact {
            name = Checks.optionalText(name, "contact.name", 200);
            email = Checks.optionalText(email, "contact.email", 320);
            phone = Checks.optionalText(phone, "contact.phone", 50);
            links = Checks.list(links, "contact.links", MAX_LINKS).stream()
                    .map(link -> Checks.text(link, "contact.links[]", 500))
                    .toList();
        }

        /** Whether nothing was found. */
        public boolean isEmpty() {
            return name == null && email == null && phone == null && links.isEmpty();
        }
    }
}
