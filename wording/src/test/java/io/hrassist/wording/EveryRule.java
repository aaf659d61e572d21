package io.hrassist.wording;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain way of running the wording rules, to hold {@link JsonWordingCheck} against: each rule in list order over
 * the whole folded text. In the test-jar, for the modules that check texts of their own with it.
 */
public final class EveryRule {

    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private EveryRule() {}

    /** What every rule of {@code language} finds in {@code text}, each as {@link #found(Finding)} says it. */
    public static List<String> found(Language language, String text) {
        return found(rules(language), text);
    }

    /** A finding as "start-end phrase category severity". */
    public static String found(Finding f) {
        return f.start() + "-" + f.end() + " " + f.phrase() + " " + f.category() + " " + f.severity();
    }

    static List<String> found(List<JsonWordingCheck.RuleData> rules, String text) {
        var found = new ArrayList<String>();
        String folded = Folding.fold(text);
        for (var rule : rules) {
            Matcher matcher =
                    Pattern.compile(rule.pattern().replace('ё', 'е'), FLAGS).matcher(folded);
            while (matcher.find()) {
                found.add(matcher.start() + "-" + matcher.end() + " " + text.substring(matcher.start(), matcher.end())
                        + " " + rule.category() + " " + rule.severity());
            }
        }
        return found;
    }

    static List<JsonWordingCheck.RuleData> rules(Language language) {
        try (InputStream in =
                EveryRule.class.getClassLoader().getResourceAsStream("wording/" + language.code() + ".json")) {
            return new ObjectMapper().readValue(in, new TypeReference<>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
