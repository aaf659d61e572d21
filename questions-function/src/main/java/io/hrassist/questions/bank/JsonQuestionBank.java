package io.hrassist.questions.bank;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.InterviewQuestionsGenerated.Question;
import io.hrassist.events.InterviewQuestionsGenerated.RubricLevel;
import io.hrassist.events.Language;
import io.hrassist.events.QuestionType;
import io.hrassist.questions.domain.BankQuestion;
import io.hrassist.questions.domain.KitDefaults;
import io.hrassist.questions.domain.QuestionBank;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Questions from the files listed in {@code bank/index.txt} (one file per skill, plus the general sets), the templates
 * of {@code kit/templates.json} for skills the bank does not know, and the follow-ups, red flags and scoring of
 * {@code kit/probes.json}.
 */
public final class JsonQuestionBank implements QuestionBank {

    private final Map<String, List<BankQuestion>> bySkill = new LinkedHashMap<>();
    private final Map<String, String> aliases = new HashMap<>();
    private final Map<Pattern, String> aliasPatterns = new LinkedHashMap<>();
    private final List<BankQuestion> general = new ArrayList<>();
    private final List<BankQuestion> templates;
    private final KitDefaults defaults;
    /** The general sets name competencies in English; their names in other languages, by language. */
    private final JsonNode competencies;

    public JsonQuestionBank(ObjectMapper mapper) {
        JsonNode probes = read(mapper, "kit/probes.json");
        this.competencies = probes.path("competencies");
        this.templates = questions(read(mapper, "kit/templates.json").path("templates"), null);
        this.defaults = JsonKitDefaults.read(probes);
        for (String file : index()) {
            JsonNode node = read(mapper, "bank/" + file);
            if (node.hasNonNull("skill")) {
                String skill = node.get("skill").asText();
                bySkill.put(skill, questions(node.path("questions"), skill));
                aliases.put(normalize(skill), skill);
                node.path("aliases").forEach(alias -> aliases.putIfAbsent(normalize(alias.asText()), skill));
            } else {
                general.addAll(questions(node.path("questions"), null));
            }
        }
        // Longest alias first, so "spring boot" wins over "spring" when both are in a vacancy skill.
        aliases.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(alias -> aliasPatterns.put(
                        Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(alias) + "(?![\\p{L}\\p{N}])"),
                        aliases.get(alias)));
    }

    @Override
    public Optional<String> skillFor(String vacancySkill) {
        String wanted = normalize(vacancySkill);
        String exact = aliases.get(wanted);
        if (exact != null) {
            return Optional.of(exact);
        }
        return aliasPatterns.entrySet().stream()
                .filter(e -> e.getKey().matcher(wanted).find())
                .findFirst()
                .map(Map.Entry::getValue);
    }

    @Override
    public List<BankQuestion> forSkill(String skill) {
        return bySkill.getOrDefault(skill, List.of());
    }

    @Override
    public List<BankQuestion> general() {
        return List.copyOf(general);
    }

    @Override
    public List<BankQuestion> templates() {
        return templates;
    }

    @Override
    public KitDefaults defaults() {
        return defaults;
    }

    /** How many questions the bank holds (for the checks of its data). */
    int size() {
        return general.size() + bySkill.values().stream().mapToInt(List::size).sum();
    }

    private List<BankQuestion> questions(JsonNode questions, String skill) {
        var list = new ArrayList<BankQuestion>();
        for (JsonNode q : questions) {
            QuestionType type = QuestionType.valueOf(q.get("type").asText());
            var texts = new EnumMap<Language, Question>(Language.class);
            for (Language language : Language.values()) {
                JsonNode text = q.path(language.code());
                var rubric = new ArrayList<RubricLevel>();
                for (int score = 1; score <= 5; score++) {
                    rubric.add(new RubricLevel(
                            score,
                            text.path("rubric").path(String.valueOf(score)).asText()));
                }
                texts.put(
                        language,
                        new Question(
                                text.path("text").asText(),
                                type,
                                competency(q.path("competency").asText(BankQuestion.SKILL), language),
                                strings(text.path("goodAnswer")),
                                rubric,
                                null,
                                strings(text.path("followUps")),
                                strings(text.path("redFlags"))));
            }
            list.add(new BankQuestion(
                    q.get("id").asText(), skill, type, q.path("level").asText("any"), texts));
        }
        return list;
    }

    private String competency(String name, Language language) {
        return competencies.path(language.code()).path(name).asText(name);
    }

    static List<String> strings(JsonNode array) {
        var values = new ArrayList<String>();
        array.forEach(v -> values.add(v.asText()));
        return List.copyOf(values);
    }

    private static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е').strip();
    }

    private static List<String> index() {
        try (InputStream in = resource("bank/index.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(ObjectMapper mapper, String name) {
        try (InputStream in = resource(name)) {
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = JsonQuestionBank.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Missing question-bank resource " + name);
        }
        return in;
    }
}
