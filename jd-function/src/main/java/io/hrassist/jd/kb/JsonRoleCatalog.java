package io.hrassist.jd.kb;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.hrassist.events.Language;
import io.hrassist.events.Seniority;
import io.hrassist.jd.domain.DraftTemplate;
import io.hrassist.jd.domain.Role;
import io.hrassist.jd.domain.RoleCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Roles from {@code kb/roles/*.json}, listed in {@code kb/roles/index.txt}. Matching needs only each role's titles and
 * keywords, so at start only they are read (they come first in every file, and reading stops once it has both); the
 * rest of a role is read the first time a title matches it.
 */
public final class JsonRoleCatalog implements RoleCatalog {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final ObjectMapper mapper;
    private final List<RoleNames> names;
    private final Map<String, Role> full = new ConcurrentHashMap<>();
    private volatile DraftTemplate draft;

    public JsonRoleCatalog(ObjectMapper mapper) {
        this.mapper = mapper;
        this.names = index().stream().map(this::names).toList();
    }

    /** Every role, read in full (for the checks of the knowledge base). */
    List<Role> roles() {
        return names.stream().map(n -> role(n.id())).toList();
    }

    /** An exact title wins; otherwise the longest keyword found in the title; on a tie the role listed first. */
    @Override
    public Optional<Role> match(String title) {
        String normalized = normalize(title);
        RoleNames best = null;
        int bestScore = 0;
        for (RoleNames candidate : names) {
            int score = candidate.score(normalized);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best).map(n -> role(n.id()));
    }

    /** The template of {@code kb/draft.json}, read when a title first matches no role. */
    @Override
    public DraftTemplate draftTemplate() {
        DraftTemplate template = draft;
        if (template == null) {
            try (InputStream in = resource("kb/draft.json")) {
                JsonNode node = mapper.readTree(in);
                template = new DraftTemplate(bySeniority(node.path("perSkill")), bySeniority(node.path("general")));
                draft = template;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read kb/draft.json", e);
            }
        }
        return template;
    }

    private Role role(String id) {
        return full.computeIfAbsent(id, this::read);
    }

    private RoleNames names(String id) {
        try (InputStream in = resource(file(id));
                JsonParser parser = mapper.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("A role file holds one JSON object");
            }
            JsonNode titles = MissingNode.getInstance();
            JsonNode keywords = MissingNode.getInstance();
            while ((titles.isMissingNode() || keywords.isMissingNode()) && parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "titles" -> titles = mapper.readTree(parser);
                    case "keywords" -> keywords = mapper.readTree(parser);
                    default -> parser.skipChildren();
                }
            }
            var normalized = new ArrayList<String>();
            byLanguage(titles).values().forEach(list -> list.forEach(t -> normalized.add(normalize(t))));
            var candidates = new ArrayList<String>(strings(keywords));
            candidates.addAll(normalized);
            return new RoleNames(id, Set.copyOf(normalized), List.copyOf(candidates));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read role " + id, e);
        }
    }

    private static String normalize(String text) {
        return SPACES.matcher(text.toLowerCase(Locale.ROOT).replace('ё', 'е'))
                .replaceAll(" ")
                .strip();
    }

    private static List<String> index() {
        return lines("kb/roles/index.txt").stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    private Role read(String id) {
        try (InputStream in = resource(file(id))) {
            JsonNode node = mapper.readTree(in);
            return new Role(
                    node.path("id").asText(id),
                    node.path("family").asText(),
                    byLanguage(node.path("titles")),
                    strings(node.path("keywords")),
                    texts(node.path("summary")),
                    bySeniority(node.path("responsibilities")),
                    texts(node.path("growth")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read role " + id, e);
        }
    }

    private static Map<Seniority, Map<Language, List<String>>> bySeniority(JsonNode node) {
        var map = new EnumMap<Seniority, Map<Language, List<String>>>(Seniority.class);
        for (Seniority seniority : Seniority.values()) {
            map.put(seniority, byLanguage(node.path(key(seniority))));
        }
        return map;
    }

    private static Map<Language, List<String>> byLanguage(JsonNode node) {
        var map = new EnumMap<Language, List<String>>(Language.class);
        for (Language language : Language.values()) {
            map.put(language, strings(node.path(language.code())));
        }
        return map;
    }

    private static List<String> strings(JsonNode array) {
        var values = new ArrayList<String>();
        array.forEach(v -> values.add(v.asText()));
        return List.copyOf(values);
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

    private static String file(String id) {
        return "kb/roles/" + id + ".json";
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
