package io.hrassist.events;

import jakarta.annotation.Nullable;
import java.util.EnumSet;
import java.util.List;

/** Data of {@link EventType#INTERVIEW_QUESTIONS_REQUESTED}: prepare {@code count} questions of {@code types}. */
public record InterviewQuestionsRequested(
        @Nullable String vacancyId,
        VacancyBrief vacancy,
        @Nullable Integer count,
        List<QuestionType> types) {

    public static final int DEFAULT_COUNT = 10;
    public static final int MAX_COUNT = 50;

    public InterviewQuestionsRequested {
        vacancyId = Checks.optionalText(vacancyId, "vacancyId", 100);
        vacancy = Checks.required(vacancy, "vacancy");
        count = count == null ? DEFAULT_COUNT : count;
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("count must be between 1 and " + MAX_COUNT);
        }
        types = Checks.list(types, "types", QuestionType.values().length).isEmpty()
                ? List.of(QuestionType.values())
                : List.copyOf(EnumSet.copyOf(types));
    }
}
