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

/** Skills and their aliases from {@code taxonomy/skills.json}. */
public final class JsonSkillTaxonomy implements SkillTaxonomy {

    private final Map<String, List<String>> formsByName = new HashMap<>();

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

    private static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е').strip();
    }
}
