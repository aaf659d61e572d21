package io.hrassist.api.web;

import io.hrassist.events.InterviewQuestionsRequested;
import io.hrassist.events.QuestionType;
import io.micronaut.core.annotation.Introspected;
import jakarta.annotation.Nullable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;

/** Body of {@code POST /api/v1/vacancies/{id}/interview-questions}; both fields optional. */
@Introspected
record QuestionsRequest(
        @Nullable @Min(1) @Max(InterviewQuestionsRequested.MAX_COUNT)
        Integer count,

        @Nullable List<QuestionType> types) {}
