package io.hrassist.resume.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Russian words that tell a reader the writer's gender, put in the masculine (the grammatical default) so that the same
 * resume reads the same to a model whoever wrote it: past-tense verbs («разработала», «занималась», «вела»), words for
 * a person («разработчица»), short forms («готова», «назначена») and the adjectives a person uses of themself where no
 * noun follows for them to qualify («Ответственная, внимательная к деталям», «была ответственной за»); ё is written е.
 * A word right after a preposition is never a verb («с начала года», «из отдела»), and nouns that look like feminine
 * verbs («отдела», «персонала», «правила») stay as they are ({@link GenderedLexicon}). The offline engine needs none of
 * this: its stems and patterns take both genders.
 */
final class GenderedWords {

    private static final Pattern WORD = Pattern.compile("\\p{IsCyrillic}+");
    private static final String VOWEL = "[аяеиоуы]";

    /** Feminine past tense and its masculine, in order: reflexive first, then the irregular stems, then the rest. */
    private static final List<Rule> VERBS = List.of(
            new Rule("(.*)шлась", "$1шелся"),
            new Rule("(.{3,})клась", "$1кся"),
            new Rule("(.+" + VOWEL + ")лась", "$1лся"),
            new Rule("(.*)шла", "$1шел"),
            new Rule("(.{3,}[гк])ла", "$1"),
            new Rule("(.*(?:рос|нес|вез))ла", "$1"),
            new Rule("(.+" + VOWEL + "л)а", "$1"));

    /** The masculine endings of {@link #VERBS} and the feminine ones each may stand for. */
    private static final List<Rule> FEMININE_OF = List.of(
            new Rule("(.*)шелся", "$1шлась"),
            new Rule("(.*)кся", "$1клась"),
            new Rule("(.*)лся", "$1лась"),
            new Rule("(.*)шел", "$1шла"),
            new Rule("(.*л)", "$1а"),
            new Rule("(.*[гксз])", "$1ла"));

    private static final GenderedLexicon WORDS = GenderedLexicon.load("gendered-words-ru.txt");

    /** What may follow a quality said of the person: nothing, another quality, or the words that complete it. */
    private static final Set<String> AFTER_QUALITY = Set.of("", "и", "к", "за", "на", "в", "с", "по", "при");

    private GenderedWords() {}

    /** {@code text} with every gendered word it knows in the masculine, and ё as е. */
    static String masculine(String text) {
        String folded = text.replace('ё', 'е').replace('Ё', 'Е');
        Matcher word = WORD.matcher(folded);
        var result = new StringBuilder();
        String previous = "";
        int last = 0;
        while (word.find()) {
            String gap = folded.substring(last, word.start());
            String lower = word.group().toLowerCase(Locale.ROOT);
            String masculine = masculine(lower, gap.isBlank() ? previous : "", next(folded, word.end()));
            result.append(gap).append(sameCase(word.group(), masculine));
            previous = lower;
            last = word.end();
        }
        return result.append(folded.substring(last)).toString();
    }

    /**
     * A regular expression for what {@code token} (a word of the text as a model read it, perhaps with punctuation) may
     * stand for in the resume as written: each word itself or its feminine, and ё where it has е.
     */
    static String anyForm(String token) {
        Matcher word = WORD.matcher(token);
        var regex = new StringBuilder();
        int last = 0;
        while (word.find()) {
            regex.append(literal(token.substring(last, word.start()))).append(forms(word.group()));
            last = word.end();
        }
        return regex.append(literal(token.substring(last))).toString();
    }

    private static String forms(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        var forms = new ArrayList<>(List.of(lower));
        FEMININE_OF.stream()
                .map(rule -> rule.applied(lower))
                .flatMap(Optional::stream)
                .findFirst()
                .ifPresent(forms::add);
        forms.addAll(WORDS.femininesOf(lower));
        return forms.stream().distinct().map(GenderedWords::literal).collect(Collectors.joining("|", "(?:", ")"));
    }

    private static String masculine(String word, String previous, String next) {
        Optional<String> named = WORDS.named(word)
                .or(() -> AFTER_QUALITY.contains(next) || WORDS.isQuality(next)
                        ? WORDS.quality(word, WORDS.isLink(previous))
                        : Optional.empty());
        if (named.isPresent()) {
            return named.get();
        }
        if (WORDS.isPreposition(previous) || WORDS.isNoun(word)) {
            return word;
        }
        return VERBS.stream()
                .map(rule -> rule.applied(word))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(word);
    }

    /** The word after {@code at} when only spaces come between, lower-cased; else empty. */
    private static String next(String text, int at) {
        int start = at;
        while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
            start++;
        }
        Matcher word = WORD.matcher(text).region(start, text.length());
        return word.lookingAt() ? word.group().toLowerCase(Locale.ROOT) : "";
    }

    /** {@code word} written as {@code original} is: as it was when unchanged, in capitals, or with a capital. */
    private static String sameCase(String original, String word) {
        if (word.equals(original.toLowerCase(Locale.ROOT))) {
            return original;
        }
        if (original.length() > 1 && original.equals(original.toUpperCase(Locale.ROOT))) {
            return word.toUpperCase(Locale.ROOT);
        }
        return Character.isUpperCase(original.charAt(0))
                ? Character.toUpperCase(word.charAt(0)) + word.substring(1)
                : word;
    }

    private static String literal(String word) {
        var regex = new StringBuilder();
        for (char c : word.toCharArray()) {
            regex.append(c == 'е' || c == 'ё' ? "[её]" : Character.isLetterOrDigit(c) ? c : "\\" + c);
        }
        return regex.toString();
    }

    /** A word that {@code form} matches whole, and what it becomes. */
    private record Rule(Pattern form, String replacement) {

        Rule(String form, String replacement) {
            this(Pattern.compile(form), replacement);
        }

        Optional<String> applied(String word) {
            Matcher m = form.matcher(word);
            return m.matches() ? Optional.of(m.replaceFirst(replacement)) : Optional.empty();
        }
    }
}
