package io.hrassist.jd.domain;

import io.hrassist.events.Language;
import io.hrassist.events.Seniority;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How to draft what someone in a role the catalogue does not know will do: sentences about a skill ({@code {skill}}
 * marks where it goes), taken in turn for the vacancy's skills, then sentences any job of that seniority has.
 */
public record DraftTemplate(
        Map<Seniority, Map<Language, List<String>>> perSkill, Map<Seniority, Map<Language, List<String>>> general) {

    /** At most this many skills get a sentence of their own; the rest is what the requirements say. */
    static final int SKILLS = 4;
    /** A drafted list has at least this many sentences, more when there are skills. */
    static final int AT_LEAST = 6;

    /** The drafted responsibilities for {@code skills} at {@code seniority}. */
    public List<String> responsibilities(List<String> skills, Seniority seniority, Language language) {
        List<String> forSkill = of(perSkill, seniority, language);
        List<String> any = of(general, seniority, language);
        var drafted = new ArrayList<String>();
        for (int i = 0; i < Math.min(SKILLS, skills.size()) && !forSkill.isEmpty(); i++) {
            drafted.add(forSkill.get(i % forSkill.size())
                    .replace("{skill}", skills.get(i).strip()));
        }
        int general = Math.max(AT_LEAST - drafted.size(), 2);
        any.stream().limit(general).forEach(drafted::add);
        return List.copyOf(drafted);
    }

    private static List<String> of(Map<Seniority, Map<Language, List<String>>> texts, Seniority s, Language l) {
        return texts.getOrDefault(s, Map.of()).getOrDefault(l, List.of());
    }
}
