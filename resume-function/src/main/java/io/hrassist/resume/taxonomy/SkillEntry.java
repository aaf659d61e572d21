package io.hrassist.resume.taxonomy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One skill of {@code taxonomy/skills.json}: its names ({@code name}, {@code aliases}), the tools whose use shows it
 * ({@code impliedBy}: pandas shows Python), whether it is a licence or certificate ({@code credential}), and for a name
 * that also means something else ({@code sense}), the words that tell the senses apart.
 */
record SkillEntry(List<String> names, List<String> impliedBy, boolean credential, Sense sense) {

    /**
     * The names in {@code forms} are ambiguous: a line naming one counts when it has a {@code context} word, or, unless
     * {@code contextRequired}, when it has none of the {@code otherSenses} words either ("Java and Bali" is travel).
     */
    record Sense(Set<String> forms, List<String> context, List<String> otherSenses, boolean contextRequired) {

        static final Sense NONE = new Sense(Set.of(), List.of(), List.of(), false);
    }

    static SkillEntry of(JsonNode node) {
        var names = new LinkedHashSet<String>();
        names.add(Names.form(node.get("name").asText()));
        node.path("aliases").forEach(alias -> names.add(Names.form(alias.asText())));
        return new SkillEntry(
                List.copyOf(names),
                texts(node.path("impliedBy")),
                node.path("credential").asBoolean(false),
                sense(node.path("sense"), names.iterator().next()));
    }

    /** A skill the taxonomy does not know: its own name, matched as written and by stems. */
    static SkillEntry unknown(String name) {
        return new SkillEntry(List.of(name), List.of(), false, Sense.NONE);
    }

    List<String> allForms() {
        var all = new ArrayList<>(names);
        all.addAll(impliedBy);
        return all;
    }

    private static Sense sense(JsonNode node, String name) {
        if (node.isMissingNode()) {
            return Sense.NONE;
        }
        List<String> forms = texts(node.path("forms"));
        return new Sense(
                Set.copyOf(forms.isEmpty() ? List.of(name) : forms),
                texts(node.path("context")),
                texts(node.path("otherSenses")),
                node.path("contextRequired").asBoolean(false));
    }

    private static List<String> texts(JsonNode array) {
        var texts = new ArrayList<String>();
        array.forEach(item -> texts.add(Names.form(item.asText())));
        return List.copyOf(texts);
    }
}
