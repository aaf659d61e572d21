package io.hrassist.jd.kb;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.JobDescriptionGenerated.Warning;
import io.hrassist.events.Language;
import io.hrassist.jd.domain.WordingCheck;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Wording rules from {@code wording/<language>.json}: a regular expression, a category, why, and what instead. */
public final class JsonWordingCheck implements WordingCheck {

    private final Map<Language, List<Rule>> rules = new EnumMap<>(Language.class);

    public JsonWordingCheck(ObjectMapper mapper) {
        for (Language language : Language.values()) {
            String name = "wording/" + language.code() + ".json";
            try (InputStream in = JsonWordingCheck.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("Missing wording list " + name);
                }
                List<RuleData> data = mapper.readValue(in, new TypeReference<>() {});
                rules.put(language, data.stream().map(Rule::new).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public List<Warning> check(String text, Language language) {
        var found = new LinkedHashMap<String, Warning>();
        for (Rule rule : rules.get(language)) {
            Matcher matcher = rule.pattern.matcher(text);
            while (matcher.find()) {
                String phrase = matcher.group();
                found.putIfAbsent(
                        phrase.toLowerCase(),
                        new Warning(phrase, rule.data.category(), rule.data.reason(), rule.data.suggestion()));
            }
        }
        return new ArrayList<>(found.values());
    }

    /** One entry of a wording list as stored. */
    record RuleData(String pattern, String category, String reason, String suggestion) {}

    private record Rule(RuleData data, Pattern pattern) {
        Rule(RuleData data) {
            this(
                    data,
                    Pattern.compile(
                            data.pattern(),
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS));
        }
    }
}
