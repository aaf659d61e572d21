package io.hrassist.api.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.hrassist.api.domain.FeedbackSheet;
import io.hrassist.api.domain.InterviewKit;
import io.micronaut.core.annotation.Introspected;
import jakarta.annotation.Nullable;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The interview feedback on a candidate as the caller sees it, with the kit to rate on ({@code null} while the
 * vacancy has none): the others' feedback stays hidden from a hiring manager until they submitted their own.
 */
@Introspected
@JsonInclude(JsonInclude.Include.ALWAYS)
record FeedbackSheetView(@Nullable Kit kit, List<FeedbackView.Entry> feedback, int hidden, boolean submitted) {

    static FeedbackSheetView of(FeedbackSheet sheet) {
        FeedbackView visible = FeedbackView.of(sheet.feedback());
        return new FeedbackSheetView(
                sheet.kit() == null ? null : Kit.of(sheet.kit()),
                visible.feedback(),
                visible.hidden(),
                visible.submitted());
    }

    /** The kit: the task that generated it and its questions, numbered from 1. */
    @Introspected
    record Kit(UUID id, List<Question> questions) {

        static Kit of(InterviewKit kit) {
            return new Kit(
                    kit.id(),
                    IntStream.range(0, kit.questions().size())
                            .mapToObj(i -> new Question(i + 1, kit.questions().get(i)))
                            .toList());
        }
    }

    /** One question of the kit. */
    @Introspected
    record Question(int id, String text) {}
}
