package io.hrassist.jd.domain;

import io.hrassist.events.Language;
import io.hrassist.events.Seniority;
import java.util.List;
import java.util.Map;

/** A role from the knowledge base: how it is named, what it is for and what people in it do at each seniority. */
public record Role(
        String id,
        String family,
        Map<Language, List<String>> titles,
        List<String> keywords,
        Map<Language, String> summary,
        Map<Seniority, Map<Language, List<String>>> responsibilities,
        Map<Language, String> growth) {

    public List<String> responsibilities(Seniority seniority, Language language) {
        return responsibilities.getOrDefault(seniority, Map.of()).getOrDefault(language, List.of());
    }
}
