package io.hrassist.ui.render;

import io.hrassist.events.InterviewQuestionsGenerated;
import io.micronaut.core.annotation.Introspected;
import java.util.List;

/**
 * An interview question with what a good answer covers and its 1–5 rubric; from structured kits also the requirement
 * it tests ({@code requirementKind} MUST_HAVE, NICE_TO_HAVE or CORE; empty for kits made before), follow-up probes and
 * red flags.
 */
@Introspected
public record Question(
        String text,
        String type,
        String competency,
        List<String> goodAnswer,
        List<Level> rubric,
        String requirement,
        String requirementKind,
        List<String> followUps,
        List<String> redFlags) {

    /** One rubric level; 1, 3 and 5 are the anchors the interviewer listens for. */
    @Introspected
    public record Level(int score, String description) {

        public boolean anchor() {
            return score % 2 == 1;
        }
    }

    /** The kit's questions; the structured-interview parts of a kit made before them read as empty. */
    public static List<Question> of(InterviewQuestionsGenerated kit) {
        return kit.questions().stream()
                .map(q -> new Question(
                        q.text(),
                        q.type().name(),
                        q.competency(),
                        q.goodAnswer(),
                        q.rubric().stream()
                                .map(l -> new Level(l.score(), l.description()))
                                .toList(),
                        q.requirement() == null ? "" : q.requirement().name(),
                        q.requirement() == null ? "" : q.requirement().kind().name(),
                        q.followUps(),
                        q.redFlags()))
                .toList();
    }
}
