package io.hrassist.questions.bank;

import com.fasterxml.jackson.databind.JsonNode;
import io.hrassist.events.Language;
import io.hrassist.events.QuestionType;
import io.hrassist.questions.domain.KitDefaults;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The follow-ups, red flags and scoring of {@code kit/probes.json}. */
final class JsonKitDefaults {

    private JsonKitDefaults() {}

    /** Follow-ups and red flags by type and language, and scoring by language, from {@code kit/probes.json}. */
    static KitDefaults read(JsonNode node) {
        return new KitDefaults(
                byType(node.path("followUps")), byType(node.path("redFlags")), texts(node.path("scoring")));
    }

    private static Map<QuestionType, Map<Language, List<String>>> byType(JsonNode node) {
        var map = new EnumMap<QuestionType, Map<Language, List<String>>>(QuestionType.class);
        for (QuestionType type : QuestionType.values()) {
            var byLanguage = new EnumMap<Language, List<String>>(Language.class);
            for (Language language : Language.values()) {
                byLanguage.put(
                        language,
                        JsonQuestionBank.strings(node.path(type.name()).path(language.code())));
            }
            map.put(type, byLanguage);
        }
        return map;
    }

    private static Map<Language, String> texts(JsonNode node) {
        var map = new EnumMap<Language, String>(Language.class);
        for (Language language : Language.values()) {
            map.put(language, node.path(language.code()).asText());
        }
        return map;
    }
}
