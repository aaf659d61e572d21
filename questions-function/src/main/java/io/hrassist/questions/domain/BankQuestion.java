package io.hrassist.questions.domain;

import io.hrassist.events.InterviewQuestionsGenerated.Question;
import io.hrassist.events.Language;
import io.hrassist.events.QuestionType;
import java.util.Map;

/**
 * A question of the bank in every language it is written in. {@code skill} is the bank skill it belongs to, or null
 * for the general behavioural and situational sets; {@code level} is junior, middle, senior or any.
 */
public record BankQuestion(String id, String skill, QuestionType type, String level, Map<Language, Question> texts) {

    public boolean suits(String wantedLevel) {
        return level.equals("any") || level.equals(wantedLevel);
    }
}
