package io.hrassist.resume.taxonomy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.resume.domain.SkillTaxonomy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Skills and their aliases from {@code taxonomy/skills.json}; mentions are found by Lucene stems (English and Russian
 * inflections), or as written for names with symbols.
 */
public final class JsonSkillTaxonomy implements SkillTaxonomy {

    private static final java.util.regex.Pattern WORDS_ONLY = java.util.regex.Pattern.compile("[\\p{L}\\p{N} -]+");

    private final Map<String, List<String>> formsByName = new HashMap<>();
    private final Map<String, List<String>> stems = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, java.util.regex.Pattern> patterns = new java.util.concurrent.ConcurrentHashMap<>();

    public JsonSkillTaxonomy(ObjectMapper mapper) {
        try (InputStream in = JsonSkillTaxonomy.class.getClassLoader().getResourceAsStream("taxonomy/skills.json")) {
            if (in == null) {
                throw new IllegalStateException("Missing taxonomy/skills.json");
            }
            for (JsonNode skill : mapper.readTree(in)) {
                var forms = new ArrayList<String>();
                forms.add(normalize(skill.get("name").asText()));
                skill.path("aliases").forEach(alias -> forms.add(normalize(alias.asText())));
                List<String> all = List.copyOf(new LinkedHashSet<>(forms));
                all.forEach(form -> formsByName.putIfAbsent(form, all));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<String> surfaceForms(String skill) {
        String own = normalize(skill);
        var forms = new LinkedHashSet<String>();
        forms.add(own);
        forms.addAll(formsByName.getOrDefault(own, List.of()));
        return List.copyOf(forms);
    }

    @Override
    public int mentions(String skill, String line) {
        List<String> lineStems = null;
        var stemHits = new java.util.HashSet<Integer>();
        var exactHits = new java.util.HashSet<Integer>();
        String lower = normalize(line);
        for (String form : surfaceForms(skill)) {
            if (WORDS_ONLY.matcher(form).matches()) {
                lineStems = lineStems == null ? Stems.of(line) : lineStems;
                List<String> formStems = stems.computeIfAbsent(form, Stems::of);
                for (int i = 0; !formStems.isEmpty() && i + formStems.size() <= lineStems.size(); i++) {
                    if (lineStems.subList(i, i + formStems.size()).equals(formStems)) {
                        stemHits.add(i);
                    }
                }
            } else {
                var matcher = patterns.computeIfAbsent(form, JsonSkillTaxonomy::wholeWord)
                        .matcher(lower);
                while (matcher.find()) {
                    exactHits.add(matcher.start());
                }
            }
        }
        return Math.max(stemHits.size(), exactHits.size());
    }

    /** Forms with symbols (C++, C#, CI/CD) are matched as written; Lucene's tokens would lose the symbols. */
    private static java.util.regex.Pattern wholeWord(String form) {
        return java.util.regex.Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(form) + "(?![\\p{L}\\p{N}+#])");
    }

    private static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е').strip();
    }
}
