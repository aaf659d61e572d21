package io.hrassist.resume.domain;

import io.hrassist.events.Language;
import io.hrassist.events.LanguageTexts;
import io.hrassist.events.ResumeEvaluated.Criterion;
import io.hrassist.events.ResumeEvaluated.CriterionKind;
import io.hrassist.events.ResumeEvaluated.Status;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The working language and the education a resume shows. */
final class Profile {

    static final int LANGUAGE_WEIGHT = 5;
    private static final int PROSE_WORDS = 6;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern ENGLISH = Pattern.compile("\\b(english|englisch|английск\\w*)\\b", FLAGS);
    private static final Pattern RUSSIAN = Pattern.compile("\\b(russian|russisch|русск\\w*)\\b", FLAGS);
    private static final Pattern FLUENT = Pattern.compile(
            "\\b(b2|c1|c2|fluent|native|proficient|advanced|upper[- ]intermediate|свободн\\w*|родно\\w*|продвинут\\w*"
                    + "|fließend|verhandlungssicher|muttersprache|sehr gut)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    /** A line with an address, a link or a phone number: never the line that shows the language. */
    private static final Pattern CONTACT = Pattern.compile("@|https?:|www\\.|\\+?\\d[\\d ()-]{6,}\\d");

    private static final Pattern DEGREE = Pattern.compile(
            "\\b(bachelor|master|b\\.?sc|m\\.?sc|ph\\.?d|mba|university|бакалавр\\w*|магист\\w*|специалитет|аспирантур\\w*"
                    + "|кандидат \\w+ наук|высшее образование|университет\\w*|институт\\w*)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    private Profile() {}

    /**
     * Met when the resume is written in the vacancy's language ({@link WrittenLanguage}), quoting a representative line
     * of it, or states it at B2 or better (quoting that line); the reason says which, and names the language a resume
     * in another language is written in.
     */
    static Criterion language(Language wanted, String text, List<String> lines) {
        LanguageTexts texts = Texts.of(wanted);
        boolean russian = wanted == Language.RU;
        WrittenLanguage target = russian ? WrittenLanguage.RUSSIAN : WrittenLanguage.ENGLISH;
        String name = texts.get("criterion.language");
        WrittenLanguage written = WrittenLanguage.of(text);
        if (written == target) {
            return new Criterion(
                    name,
                    CriterionKind.LANGUAGE,
                    LANGUAGE_WEIGHT,
                    Status.MET,
                    representative(lines, written).map(Untrusted::excerpt).stream()
                            .toList(),
                    texts.get("language.written-in-wanted"));
        }
        Pattern named = russian ? RUSSIAN : ENGLISH;
        Optional<String> line =
                lines.stream().filter(l -> named.matcher(l).find()).findFirst();
        Status status = line.map(l -> FLUENT.matcher(l).find() ? Status.MET : Status.PARTIAL)
                .orElse(Status.MISSING);
        String stated = texts.get("language.stated." + status.name().toLowerCase(Locale.ROOT));
        String reason = texts.format("language.written-in", texts.get("written." + written.name()), stated);
        return new Criterion(
                name,
                CriterionKind.LANGUAGE,
                LANGUAGE_WEIGHT,
                status,
                line.map(Untrusted::excerpt).stream().toList(),
                reason);
    }

    /**
     * A line of prose in {@code language}: the first of six words or more without contact details in it, else the
     * longest line without them.
     */
    private static Optional<String> representative(List<String> lines, WrittenLanguage language) {
        return lines.stream()
                .filter(l -> !CONTACT.matcher(l).find())
                .filter(l -> WrittenLanguage.of(l) == language && l.split("\\s+").length >= PROSE_WORDS)
                .findFirst()
                .or(() -> lines.stream()
                        .filter(l -> !CONTACT.matcher(l).find())
                        .max(Comparator.comparingInt(String::length)));
    }

    /** Degrees and schools as evidence; informational (weight 0), since a vacancy here never requires a degree. */
    static Criterion education(Language language, List<String> lines) {
        List<String> evidence = lines.stream()
                .filter(l -> DEGREE.matcher(l).find())
                .map(Untrusted::excerpt)
                .limit(3)
                .toList();
        return new Criterion(
                Texts.of(language).get("criterion.education"),
                CriterionKind.EDUCATION,
                0,
                evidence.isEmpty() ? Status.MISSING : Status.MET,
                evidence);
    }
}
