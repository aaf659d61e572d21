package io.hrassist.jd.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.Language;
import io.hrassist.events.Seniority;
import io.hrassist.jd.domain.Role;
import io.hrassist.jd.domain.RoleCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Roles from {@code kb/roles/*.json}, listed in {@code kb/roles/index.txt}. */
public final class JsonRoleCatalog implements RoleCatalog {

    private final List<Role> roles;

    public JsonRoleCatalog(ObjectMapper mapper) {
        this.roles = index().stream().map(id -> read(mapper, id)).toList();
    }

    public List<Role> roles() {
        return roles;
    }

    @Override
    public Optional<Role> match(String title) {
        String normalized = normalize(title);
        return roles.stream()
                .map(role -> Map.entry(role, score(role, normalized)))
                .filter(e -> e.getValue() > 0)
                .max(Comparator.comparingInt(Map.Entry::getValue))
                .map(Map.Entry::getKey);
    }

    /** An exact title wins; otherwise the longest keyword found in the title. */
    private static int score(Role role, String title) {
        boolean exact = role.titles().values().stream()
                .flatMap(List::stream)
                .anyMatch(t -> normalize(t).equals(title));
        if (exact) {
            return 1000;
        }
        int best = 0;
        for (String candidate : candidates(role)) {
            if (!candidate.isEmpty() && title.contains(candidate)) {
                best = Math.max(best, candidate.length());
            }
        }
        return best;
    }

    private static List<String> candidates(Role role) {
        var all = new ArrayList<String>(role.keywords());
        role.titles().values().forEach(titles -> titles.forEach(t -> all.add(normalize(t))));
        return all;
    }

    private static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replace('ё', 'е')
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static List<String> index() {
        return lines("kb/roles/index.txt").stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    private static Role read(ObjectMapper mapper, String id) {
        try (InputStream in = resource("kb/roles/" + id + ".json")) {
            JsonNode node = mapper.readTree(in);
            var responsibilities = new EnumMap<Seniority, Map<Language, List<String>>>(Seniority.class);
            for (Seniority seniority : Seniority.values()) {
                responsibilities.put(
                        seniority,
                        byLanguage(mapper, node.path("responsibilities").path(key(seniority))));
            }
            return new Role(
                    node.path("id").asText(id),
                    node.path("family").asText(),
                    byLanguage(mapper, node.path("titles")),
                    mapper.convertValue(
                            node.path("keywords"),
                            mapper.getTypeFactory().constructCollectionType(List.class, String.class)),
                    texts(node.path("summary")),
                    responsibilities,
                    texts(node.path("growth")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read role " + id, e);
        }
    }

    private static Map<Language, List<String>> byLanguage(ObjectMapper mapper, JsonNode node) {
        var map = new EnumMap<Language, List<String>>(Language.class);
        for (Language language : Language.values()) {
            List<String> values = new ArrayList<>();
            node.path(language.code()).forEach(v -> values.add(v.asText()));
            map.put(language, List.copyOf(values));
        }
        return map;
    }

    private static Map<Language, String> texts(JsonNode node) {
        var map = new EnumMap<Language, String>(Language.class);
        for (Language language : Language.values()) {
            if (node.hasNonNull(language.code())) {
                map.put(language, node.get(language.code()).asText());
            }
        }
        return map;
    }

    private static String key(Seniority seniority) {
        return seniority.name().toLowerCase(Locale.ROOT);
    }

    private static List<String> lines(String name) {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = JsonRoleCatalog.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Missing knowledge-base resource " + name);
        }
        return in;
    }
}
