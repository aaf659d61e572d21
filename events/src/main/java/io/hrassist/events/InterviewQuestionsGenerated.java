package io.hrassist.events;

import java.util.List;

/** Data of {@value EventTypes#INTERVIEW_QUESTIONS_GENERATED}: an interview kit. */
public record InterviewQuestionsGenerated(Language language, List<Question> questions, EngineInfo engine) {

    public InterviewQuestionsGenerated {
        language = Checks.required(language, "language");
        questions = Checks.list(questions, "questions", InterviewQuestionsRequested.MAX_COUNT);
        engine = Checks.required(engine, "engine");
    }

    /** One question, what a good answer covers, and how to score the answer from 1 to 5. */
    public record Question(
            String text, QuestionType type, String competency, List<String> goodAnswer, List<RubricLevel> rubric) {
        public Question {
            text = Checks.text(text, "question.text", 2000);
            type = Checks.required(type, "question.type");
            competency = Checks.text(competency, "question.competency", 200);
            goodAnswer = Checks.list(goodAnswer, "question.goodAnswer", 20);
            rubric = Checks.list(rubric, "question.rubric", 5);
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
}
