package io.hrassist.events;

import jakarta.annotation.Nullable;
import java.util.List;

/**
 * Data of {@link EventType#INTERVIEW_QUESTIONS_GENERATED}: an interview kit. {@code scoring} came later and is
 * optional, like the structured-interview fields of a {@link Question}.
 */
public record InterviewQuestionsGenerated(
        Language language,
        List<Question> questions,
        EngineInfo engine,
        @Nullable Scoring scoring) {

    /**
     * A kit holds the count asked for or one question per must-have skill, whichever is more: at most 50 either way, the
     * schema's {@code maxItems}.
     */
    public static final int MAX_QUESTIONS = Math.max(InterviewQuestionsRequested.MAX_COUNT, VacancyBrief.MAX_SKILLS);

    public InterviewQuestionsGenerated {
        language = Checks.required(language, "language");
        questions = Checks.list(questions, "questions", MAX_QUESTIONS);
        engine = Checks.required(engine, "engine");
    }

    /** A kit as producers before structured scoring wrote it. */
    public InterviewQuestionsGenerated(Language language, List<Question> questions, EngineInfo engine) {
        this(language, questions, engine, null);
    }

    /**
     * One question, what a good answer covers, and how to score the answer from 1 to 5. The structured-interview
     * fields are optional for producers written before them: {@code requirement} (what of the vacancy the question
     * tests), {@code followUps} (probes that get past a rehearsed answer) and {@code redFlags} (what should worry the
     * interviewer).
     */
    public record Question(
            String text,
            QuestionType type,
            String competency,
            List<String> goodAnswer,
            List<RubricLevel> rubric,
            @Nullable Requirement requirement,
            List<String> followUps,
            List<String> redFlags) {
        public Question {
            text = Checks.text(text, "question.text", 2000);
            type = Checks.required(type, "question.type");
            competency = Checks.text(competency, "question.competency", 200);
            goodAnswer = Checks.list(goodAnswer, "question.goodAnswer", 20);
            rubric = Checks.list(rubric, "question.rubric", 5);
            followUps = Checks.list(followUps, "question.followUps", 10);
            redFlags = Checks.list(redFlags, "question.redFlags", 10);
        }

        /** A question as producers before structured interviews wrote it. */
        public Question(
                String text, QuestionType type, String competency, List<String> goodAnswer, List<RubricLevel> rubric) {
            this(text, type, competency, goodAnswer, rubric, null, List.of(), List.of());
        }
    }

    /** What an answer worth {@code score} (1–5) looks like. */
    public record RubricLevel(int score, String description) {
        public RubricLevel {
            if (score < 1 || score > 5) {
                throw new IllegalArgumentException("rubric score must be between 1 and 5");
            }
            description = Checks.text(description, "rubric.description", 1000);
        }
    }

    /** The requirement of the vacancy a question tests: a skill as the vacancy names it, or a core competency. */
    public record Requirement(String name, RequirementKind kind) {
        public Requirement {
            name = Checks.text(name, "requirement.name", 200);
            kind = Checks.required(kind, "requirement.kind");
        }
    }

    /** Where a requirement comes from. */
    public enum RequirementKind {
        /** A must-have skill of the vacancy. */
        MUST_HAVE,
        /** A nice-to-have skill of the vacancy. */
        NICE_TO_HAVE,
        /** A competency every hire needs (teamwork, communication, …), not named by the vacancy. */
        CORE
    }

    /**
     * How to score the kit: every answer against its rubric's anchored 1–5 scale, or "not assessed" when the
     * interview gave no evidence for it (such a question counts neither for nor against the candidate).
     */
    public record Scoring(
            int min,
            int max,
            boolean notAssessedAllowed,
            @Nullable String instructions) {
        public Scoring {
            if (min < 1 || max > 5 || min >= max) {
                throw new IllegalArgumentException("scoring must run within 1 to 5");
            }
            instructions = Checks.optionalText(instructions, "scoring.instructions", 2000);
        }
    }
}
