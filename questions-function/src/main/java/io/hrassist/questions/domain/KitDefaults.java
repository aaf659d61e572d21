package io.hrassist.questions.domain;

import io.hrassist.events.Language;
import io.hrassist.events.QuestionType;
import java.util.List;
import java.util.Map;

/**
 * What every question of a type gets when its bank entry names none of its own: follow-up probes that get past a
 * rehearsed answer and red flags to listen for; and how the interviewer scores the kit.
 */
public record KitDefaults(
        Map<QuestionType, Map<Language, List<String>>> followUps,
        Map<QuestionType, Map<Language, List<String>>> redFlags,
        Map<Language, String> scoring) {

    List<String> followUps(QuestionType type, Language language) {
        return followUps.getOrDefault(type, Map.of()).getOrDefault(language, List.of());
    }

    List<String> redFlags(QuestionType type, Language language) {
        return redFlags.getOrDefault(type, Map.of()).getOrDefault(language, List.of());
    }
}
