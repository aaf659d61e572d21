package io.hrassist.questions;

import io.hrassist.events.InterviewQuestionsGenerated.Question;
import io.hrassist.events.InterviewQuestionsGenerated.RequirementKind;
import io.hrassist.events.InterviewQuestionsRequested;
import io.hrassist.llm.InvalidAnswerException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A model's interview kit and what it must honour to be used: the requested count and types, no question twice, a full
 * 1–5 rubric, follow-ups and red flags for each question, each traced to a requirement, and every must-have skill
 * tested as far as the count allows. What fails is said back to the model, which gets one more try.
 */
record ModelKit(List<Question> questions) {

    ModelKit checked(InterviewQuestionsRequested request) {
        List<Question> all = questions == null ? List.of() : questions;
        if (all.size() != request.count()) {
            throw new InvalidAnswerException("give exactly " + request.count() + " questions, not " + all.size());
        }
        var texts = new HashSet<String>();
        for (Question q : all) {
            if (!request.types().contains(q.type())) {
                throw new InvalidAnswerException("only these types are wanted: " + request.types());
            }
            if (!texts.add(normalized(q.text()))) {
                throw new InvalidAnswerException("questions must not repeat: " + q.text());
            }
            structured(q);
        }
        covers(all, request.vacancy().mustHaveSkills(), request.count());
        return new ModelKit(all);
    }

    private static void structured(Question q) {
        if (q.rubric().size() != 5
                || q.rubric().stream().map(l -> l.score()).distinct().count() != 5) {
            throw new InvalidAnswerException("every rubric needs exactly the levels 1 to 5");
        }
        if (q.goodAnswer().isEmpty()) {
            throw new InvalidAnswerException("every question needs goodAnswer points");
        }
        if (q.requirement() == null) {
            throw new InvalidAnswerException("every question needs the requirement it tests: " + q.text());
        }
        if (q.followUps().isEmpty() || q.redFlags().isEmpty()) {
            throw new InvalidAnswerException("every question needs followUps and redFlags: " + q.text());
        }
    }

    private static void covers(List<Question> questions, List<String> mustHave, int count) {
        Set<String> tested = questions.stream()
                .filter(q -> q.requirement().kind() == RequirementKind.MUST_HAVE)
                .map(q -> normalized(q.requirement().name()))
                .collect(Collectors.toSet());
        List<String> untested = mustHave.stream()
                .filter(skill -> !tested.contains(normalized(skill)))
                .toList();
        if (mustHave.size() - untested.size() < Math.min(count, mustHave.size())) {
            throw new InvalidAnswerException(
                    "give each must-have skill a question whose requirement names it; untested: " + untested);
        }
    }

    private static String normalized(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
