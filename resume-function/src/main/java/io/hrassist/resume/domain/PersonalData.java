package io.hrassist.resume.domain;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Removes personal data from resume text before it leaves the function, in English and Russian: the name (first line,
 * and wherever its words recur), contacts and links, national ids, dates of birth and age, gender and family, addresses,
 * photos, nationality and the special categories (health, religion, ethnicity, union membership, sexual orientation,
 * criminal record). Skills, employers and the dates of jobs stay. Each rule replaces at most the clause it matched, up
 * to {@code ;} or {@code |} or the end of the line; lines are never joined or removed.
 */
public final class PersonalData {

    private static final int FLAGS =
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS | Pattern.MULTILINE;
    /** The rest of the clause: up to {@code ;}, {@code |} or the end of the line. */
    private static final String REST = "[^\\n;|]*";
    /** The clause around a term: between commas, {@code ;}, {@code |}, brackets or the line's ends. */
    private static final String AROUND = "[^\\n;|,()]*";

    /** A field label's end: a colon or a spaced dash (not the hyphen of "health-check"). */
    private static final String LABEL = "(?:\\s*:|\\s+[-–—]\\s)";

    /** Contacts, which {@link ContactDetails} also reads out of the text. */
    static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+", FLAGS);

    static final Pattern LINK =
            Pattern.compile("(https?://|www\\.)\\S+|\\b(linkedin|github|t\\.me|telegram|vk)\\.\\S+", FLAGS);
    static final Pattern PHONE = Pattern.compile("(?<![\\w+])\\+?\\(?\\d(?:[\\s\\-()]{0,3}\\d){8,14}(?!\\d)", FLAGS);

    private static final List<Rule> RULES = List.of(
            new Rule(EMAIL, "[EMAIL]"),
            new Rule(
                    "\\b(photo|фото(графия)?)" + LABEL + REST + "|[\\w.-]+\\.(jpe?g|png|gif|webp|heic|bmp)\\b",
                    "[PHOTO]"),
            new Rule(LINK, "[LINK]"),
            new Rule("(?<![\\w.@])@\\w{3,}", "[CONTACT]"),
            new Rule(
                    "\\b(passport|паспорт|снилс|инн|ssn|social security|national (id|insurance)|id card|tax id"
                            + "|personalausweis|водительское удостоверение)\\b" + REST
                            + "|\\b\\d{3}-\\d{2}-\\d{4}\\b|\\b\\d{3}-\\d{3}-\\d{3}[ -]\\d{2}\\b",
                    "[ID]"),
            new Rule(PHONE, "[PHONE]"),
            new Rule(
                    "\\b(date of birth|birth ?date|born|dob|d\\.o\\.b\\.|дата рождения|д\\.\\s?р\\.|родил(ся|ась))"
                            + REST + "|\\b(\\d{1,2}[./]\\d{1,2}[./])?\\d{4}\\s*г\\.\\s?р\\.",
                    "[DATE OF BIRTH]"),
            new Rule(
                    "\\b(age|aged|возраст)" + LABEL + "?\\s*\\d{2}\\b(\\s*(лет|года?|years))?"
                            + "|\\b\\d{2}\\s*(years old|y\\.\\s?o\\.|-year-old)",
                    "[AGE]"),
            new Rule(
                    "\\b(gender|sex|пол)" + LABEL + "\\s*\\S+|\\b(male|female|мужчина|женщина|мужской|женский)\\b",
                    "[GENDER]"),
            new Rule(
                    AROUND + "(\\b(parental|maternity|paternity|family|childcare|child-care|adoption) leave\\b"
                            + "|\\bдекрет\\w*|\\bотпуск\\w* по (уходу за (ребенком|ребёнком|детьми)|беременности)"
                            + "|\\belternzeit\\b|\\bmutterschutz\\b)" + REST,
                    "[FAMILY]"),
            new Rule(
                    "\\b(marital status|семейное положение)" + REST
                            + "|\\b(married|divorced|widow(ed|er)?|женат|замужем|не замужем|холост\\w*|развед[её]н\\w*"
                            + "|вдов(а|ец))\\b|\\bsingle\\b(?=\\s*([,;(]|$))"
                            + "|\\b(\\d+|one|two|three|four|no)\\s+(children|kids|child)\\b"
                            + "|(есть |двое |трое |\\d+ )?\\b(дет(ей|и)|ребен\\w*|ребён\\w*)\\b",
                    "[FAMILY]"),
            new Rule(
                    "\\b(address|адрес|прожива\\w*|место жительства|lives at|resides|residence)\\b" + REST
                            + "|\\b\\d{1,5}[a-z]?\\s+(\\p{Lu}[\\p{L}'-]*\\s+){1,3}(street|st\\.|avenue|ave\\.|road|rd\\.|lane"
                            + "|boulevard|blvd\\.?|drive|court|place|square|terrace)" + REST
                            + "|\\b[\\p{L}-]+(strasse|straße|str\\.|allee|gasse|platz)\\s+\\d+" + REST
                            + "|\\b(ул\\.|улица|пр-т|проспект|пер\\.|переулок)\\s*" + REST
                            + "|(?<!\\d\\s?)\\bг\\.\\s*\\p{Lu}[\\p{L}-]+|\\bкв\\.\\s*\\d+|\\bд\\.\\s*\\d+\\w*",
                    "[ADDRESS]"),
            new Rule(
                    "\\b(nationality|citizenship|ethnicity|ethnic origin|race|гражданство|национальность)" + LABEL
                            + REST,
                    "[NATIONALITY]"),
            new Rule(
                    "\\b(health|health status|medical (condition|history)|disability|religion|religious (views|beliefs)"
                            + "|sexual orientation|criminal record|convictions?|состояние здоровья|здоровье|инвалидность"
                            + "|вероисповедание|религия|ориентация|судимост\\w*)" + LABEL + REST
                            + "|" + AROUND + "\\b(disabled|disability|wheelchair|diabet\\w*|epilep\\w*|hiv|pregnan\\w*"
                            + "|chronic illness|catholic|protestant|baptist|christian|muslim|islam\\w*|jewish|judaism"
                            + "|hindu\\w*|buddhis\\w*|atheist|church|mosque|synagogue|gay|lesbian|bisexual|heterosexual"
                            + "|homosexual|transgender|lgbt\\w*|trade union|labou?r union|union member\\w*"
                            + "|criminal record|convicted|conviction|felony|инвалид\\w*|диагноз\\w*|беремен\\w*"
                            + "|православн\\w*|мусульман\\w*|иуде\\w*|буддист\\w*|католи\\w*|церк\\w*|мечет\\w*"
                            + "|гетеросексуал\\w*|гомосексуал\\w*|профсоюз\\w*|судим\\w*)\\b" + AROUND,
                    "[SPECIAL]"));
    private static final Pattern NAME_LINE =
            Pattern.compile("^\\s*\\p{Lu}[\\p{L}'’-]+(\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}\\s*$");
    /** Words of a job title or heading, which a first line that is not a name carries. */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "\\b(engineer|developer|programmer|manager|analyst|designer|consultant|specialist|architect|lead|senior"
                    + "|junior|head|director|officer|scientist|tester|administrator|resume|curriculum|cv|summary|profile"
                    + "|разработчик|программист|инженер|менеджер|аналитик|специалист|дизайнер|архитектор|руководитель"
                    + "|директор|тестировщик|администратор|ведущий|старший|младший|резюме)\\b",
            FLAGS);

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d{2}(?!\\d)");
    private static final Pattern ONLY_PLACEHOLDERS =
            Pattern.compile("[\\s\\p{Punct}·•–—«»“”]*(\\[[A-Z ]+\\][\\s\\p{Punct}·•–—«»“”]*)*");
    private static final Pattern NAME_FIELD = Pattern.compile("\\b(name|full name|фио|имя)\\s*:" + REST, FLAGS);
    private static final int MIN_NAME_WORD = 3;

    private PersonalData() {}

    /**
     * What a model may read of a resume: {@link #redact} it, drop the lines left with nothing but placeholders (and
     * blank lines), and put the Russian words that tell the writer's gender in the masculine ({@link GenderedWords}). A
     * line that only said "[SPECIAL]" or "[FAMILY]" would still tell the model that the candidate disclosed a disability
     * or a parental leave, which the redaction is there to hide; without it the same resume under another name or
     * address, with another graduation year, with such a line added, or written by a woman («разработала») rather than
     * a man («разработал»), reads the same to the model.
     */
    public static String forModel(String text) {
        return GenderedWords.masculine(redact(text)
                .lines()
                .filter(line -> !ONLY_PLACEHOLDERS.matcher(line).matches())
                .collect(Collectors.joining("\n")));
    }

    public static String redact(String text) {
        Optional<String> name = name(text);
        String result = name.map(line -> withoutNameLine(text, line)).orElse(text);
        for (Rule rule : RULES) {
            result = rule.pattern.matcher(result).replaceAll(rule.replacement);
        }
        if (name.isPresent()) {
            result = withoutNameWords(result, name.get());
        }
        result = withoutStudyYears(result);
        return NAME_FIELD.matcher(result).replaceAll("[NAME]");
    }

    /** The candidate's name: the first non-empty line, when it looks like a name (not a title or heading). */
    static Optional<String> name(String text) {
        return text.lines()
                .filter(line -> !line.isBlank())
                .findFirst()
                .filter(line -> NAME_LINE.matcher(line).matches()
                        && !NOT_A_NAME.matcher(line).find());
    }

    /** The first non-empty line is the candidate's name when it looks like one. */
    private static String withoutNameLine(String text, String name) {
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].equals(name)) {
                lines[i] = "[NAME]";
                break;
            }
        }
        return String.join("\n", lines);
    }

    /** The name's words wherever they recur (a signature, a reference, a file name). */
    private static String withoutNameWords(String text, String name) {
        String result = text;
        for (String word : name.strip().split("\\s+")) {
            String bare = word.replaceAll("[.’']+$", "");
            if (bare.length() >= MIN_NAME_WORD) {
                result = Pattern.compile("\\b" + Pattern.quote(bare) + "\\b", FLAGS)
                        .matcher(result)
                        .replaceAll("[NAME]");
            }
        }
        return result;
    }

    /** The years of a line about studies, which tell a reader the candidate's age as well as a birth date does. */
    private static String withoutStudyYears(String text) {
        return text.lines()
                .map(line -> ResumeLexicon.DEGREE.matcher(line).find()
                                || ResumeLexicon.SCHOOL.matcher(line).find()
                        ? YEAR.matcher(line).replaceAll("[YEAR]")
                        : line)
                .collect(Collectors.joining("\n", "", text.endsWith("\n") ? "\n" : ""));
    }

    private record Rule(Pattern pattern, String replacement) {
        Rule(String regex, String replacement) {
            this(Pattern.compile(regex, FLAGS), replacement);
        }
    }
}
