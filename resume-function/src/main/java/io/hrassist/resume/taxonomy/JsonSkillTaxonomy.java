package io.hrassist.resume.taxonomy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.resume.domain.SkillTaxonomy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Skills, their aliases, the tools that imply them and the senses of ambiguous names from {@code
 * taxonomy/skills.json} ({@link SkillEntry}); mentions are found by Lucene stems (English and Russian inflections), or
 * as written for names with symbols ({@link FormMatcher}).
 */
public final class JsonSkillTaxonomy implements SkillTaxonomy {

    private final Map<String, SkillEntry> byName = new HashMap<>();
    private static final int MAX_REMEMBERED = 4_096;

    private final FormMatcher matcher = new FormMatcher();
    private final Map<Question, List<Mention>> found = new ConcurrentHashMap<>();

    public JsonSkillTaxonomy(ObjectMapper mapper) {
        try (InputStream in = JsonSkillTaxonomy.class.getClassLoader().getResourceAsStream("taxonomy/skills.json")) {
            if (in == null) {
                throw new IllegalStateException("Missing taxonomy/skills.json");
            }
            for (JsonNode node : mapper.readTree(in)) {
                SkillEntry entry = SkillEntry.of(node);
                entry.names().forEach(name -> byName.putIfAbsent(name, entry));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An evaluation asks about the same lines for every skill and in several passes (evidence, stuffing, experience):
     * answers are kept for a while, and dropped all at once when there are many, so memory stays bounded.
     */
    @Override
    public List<Mention> find(String skill, String line) {
        if (found.size() > MAX_REMEMBERED) {
            found.clear();
        }
        return found.computeIfAbsent(new Question(skill, line), q -> search(q.skill(), q.line()));
    }

    private record Question(String skill, String line) {}

    private List<Mention> search(String skill, String line) {
        String lower = Names.line(line);
        List<Stems.Token> tokens = Stems.tokens(lower);
        var spans = new ArrayList<Mention>();
        for (String part : Names.parts(skill)) {
            SkillEntry entry = entry(part);
            var forms = new LinkedHashSet<String>(List.of(part));
            forms.addAll(entry.allForms());
            for (String form : forms) {
                if (!entry.sense().forms().contains(form) || inSense(entry.sense(), tokens)) {
                    boolean implied = !form.equals(part) && !entry.names().contains(form);
                    matcher.find(form, lower, tokens, form.equals(part))
                            .forEach(m -> spans.add(new Mention(m.start(), m.end(), implied)));
                }
            }
        }
        return List.copyOf(merged(spans));
    }

    @Override
    public boolean credential(String skill) {
        return Names.parts(skill).stream().anyMatch(part -> entry(part).credential());
    }

    private SkillEntry entry(String name) {
        return byName.getOrDefault(name, SkillEntry.unknown(name));
    }

    private boolean inSense(SkillEntry.Sense sense, List<Stems.Token> tokens) {
        boolean context = sense.context().stream().anyMatch(cue -> matcher.contains(tokens, cue));
        if (context || sense.contextRequired()) {
            return context;
        }
        return sense.otherSenses().stream().noneMatch(cue -> matcher.contains(tokens, cue));
    }

    /** Overlapping spans are one mention ("kafka streams" and "kafka" in the same words). */
    private static List<Mention> merged(List<Mention> spans) {
        spans.sort(Comparator.comparingInt(Mention::start));
        var merged = new ArrayList<Mention>();
        for (Mention span : spans) {
            Mention last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span.start() < last.end()) {
                merged.set(
                        merged.size() - 1,
                        new Mention(last.start(), Math.max(last.end(), span.end()), last.implied() && span.implied()));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }
}
