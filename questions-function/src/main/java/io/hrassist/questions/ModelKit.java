package io.hrassist.questions;

import io.hrassist.events.InterviewQuestionsGenerated.Question;
import io.hrassist.events.InterviewQuestionsGenerated.RequirementKind;
import io.hrassist.events.InterviewQuestionsRequested;
import io.hrassist.llm.InvalidAnswerException;
import io.hrassist.questions.domain.PrepareInterviewQuestions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A model's interview kit and what it must honour to be used: the kit's size (the count, or one question per must-have
 * when they are more), the requested types, no question twice, a full 1–5 rubric, follow-ups and red flags for each
 * question, each traced to a requirement, and every must-have skill tested. What fails is said back to the model, which
 * gets one more try; a last answer whose only fault is an untested must-have is {@link #filled} instead.
 */
record ModelKit(List<Question> questions) {

    /** @param coverageRequired whether an untested must-have is refused, or left to {@link #filled} */
    ModelKit checked(InterviewQuestionsRequested request, boolean coverageRequired) {
        List<Question> all = questions == null ? List.of() : questions;
        int size = PrepareInterviewQuestions.size(request);
        if (all.size() != size) {
            throw new InvalidAnswerException("give exactly " + size + " questions, not " + all.size());
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
        List<String> untested = untested(all, request.vacancy().mustHaveSkills());
        if (coverageRequired && !untested.isEmpty()) {
            throw new InvalidAnswerException(
                    "give each must-have skill a question whose requirement names it; untested: " + untested);
        }
        return new ModelKit(all);
    }

    /**
     * This kit with every must-have it leaves untested asked by the offline kit's question about it, in place of a
     * question the kit can spare (the last first): one that tests no must-have, or a must-have tested before. A kit
     * holds at least one question per must-have, so there are always enough to spare.
     */
    ModelKit filled(List<String> mustHave, List<Question> offline) {
        var kit = new ArrayList<>(questions);
        Deque<Integer> spare = spare(kit, mustHave);
        Set<String> texts = kit.stream().map(q -> normalized(q.text())).collect(Collectors.toSet());
        for (String skill : untested(kit, mustHave)) {
            offline.stream()
                    .filter(q -> tests(q, skill) && !texts.contains(normalized(q.text())))
                    .findFirst()
                    .filter(q -> !spare.isEmpty())
                    .ifPresent(q -> kit.set(spare.pop(), q));
        }
        return new ModelKit(List.copyOf(kit));
    }

    /** Positions of the questions that test no must-have or one tested before, the last first. */
    private static Deque<Integer> spare(List<Question> kit, List<String> mustHave) {
        Set<String> wanted = mustHave.stream().map(ModelKit::normalized).collect(Collectors.toSet());
        var tested = new HashSet<String>();
        var spare = new ArrayDeque<Integer>();
        for (int i = 0; i < kit.size(); i++) {
            Question q = kit.get(i);
            boolean needed = q.requirement().kind() == RequirementKind.MUST_HAVE
                    && wanted.contains(normalized(q.requirement().name()))
                    && tested.add(normalized(q.requirement().name()));
            if (!needed) {
                spare.push(i);
            }
        }
        return spare;
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

    /** The must-haves no question's requirement names, each once. */
    private static List<String> untested(List<Question> questions, List<String> mustHave) {
        var seen = new HashSet<String>();
        return mustHave.stream()
                .filter(skill -> questions.stream().noneMatch(q -> tests(q, skill)))
                .filter(skill -> seen.add(normalized(skill)))
                .toList();
    }

    private static boolean tests(Question q, String skill) {
        return q.requirement() != null
                && q.requirement().kind() == RequirementKind.MUST_HAVE
                && normalized(q.requirement().name()).equals(normalized(skill));
    }

    private static String normalized(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
