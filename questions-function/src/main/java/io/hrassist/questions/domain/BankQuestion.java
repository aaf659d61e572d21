package io.hrassist.questions.domain;

import io.hrassist.events.InterviewQuestionsGenerated.Question;
import io.hrassist.events.InterviewQuestionsGenerated.RubricLevel;
import io.hrassist.events.Language;
import io.hrassist.events.QuestionType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A question of the bank in every language it is written in. {@code skill} is the bank skill it belongs to, or null
 * for the general behavioural and situational sets; {@code level} is junior, middle, senior or any. A template is a
 * question about {@value #SKILL}, which {@link #about(String)} makes a question about one skill.
 */
public record BankQuestion(String id, String skill, QuestionType type, String level, Map<Language, Question> texts) {

    /** Where a template names the skill it asks about. */
    public static final String SKILL = "{skill}";

    public boolean suits(String wantedLevel) {
        return level.equals("any") || level.equals(wantedLevel);
    }

    /** This template as a question about {@code vacancySkill}, as the vacancy names it. */
    public BankQuestion about(String vacancySkill) {
        String name = vacancySkill.strip();
        var filled = new EnumMap<Language, Question>(Language.class);
        texts.forEach((language, q) -> filled.put(
                language,
                new Question(
                        fill(q.text(), name),
                        q.type(),
                        name,
                        fill(q.goodAnswer(), name),
                        q.rubric().stream()
                                .map(l -> new RubricLevel(l.score(), fill(l.description(), name)))
                                .toList(),
                        null,
                        fill(q.followUps(), name),
                        fill(q.redFlags(), name))));
        return new BankQuestion(id + ":" + name, name, type, level, filled);
    }

    private static String fill(String text, String skill) {
        return text.replace(SKILL, skill);
    }

    private static List<String> fill(List<String> texts, String skill) {
        return texts.stream().map(t -> fill(t, skill)).toList();
    }
}
