package io.hrassist.resume.domain;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes personal data from resume text before it leaves the function: contacts, links, dates of birth, age, gender
 * and family markers, addresses, and the name on the first line. What a model needs to judge skills stays.
 */
public final class PersonalData {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final List<Rule> RULES = List.of(
            new Rule("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+", "[EMAIL]"),
            new Rule("(https?://|www\\.)\\S+|\\b(linkedin|github|t\\.me|telegram|vk)\\.\\S+", "[LINK]"),
            new Rule("(?<!\\d)\\+?\\d[\\d ()\\-]{8,}\\d(?!\\d)", "[PHONE]"),
            new Rule("\\b(date of birth|born|dob|дата рождения|родил(ся|ась))\\b[^\\n]*", "[DATE OF BIRTH]"),
            new Rule(
                    "\\b(age|возраст)\\s*[:\\-]?\\s*\\d{2}\\b[^\\n]*|\\b\\d{2}\\s*(years old|y\\.o\\.)|\\b\\d{2}\\s*(год|года|лет)\\s*(от роду)?\\s*$",
                    "[AGE]"),
            new Rule(
                    "\\b(gender|sex|пол)\\s*[:\\-]\\s*\\S+|\\b(male|female|мужчина|женщина|мужской|женский)\\b",
                    "[GENDER]"),
            new Rule(
                    "\\b(marital status|married|single|divorced|семейное положение|женат|замужем|холост|не замужем)\\b[^\\n]*",
                    "[FAMILY]"),
            new Rule("\\b(address|адрес|ул\\.|улица|street|st\\.|avenue|проспект|пр-т)\\b[^\\n]*", "[ADDRESS]"),
            new Rule("\\b(nationality|citizenship|гражданство|национальность)\\b[^\\n]*", "[NATIONALITY]"));
    private static final Pattern NAME_LINE =
            Pattern.compile("^\\s*\\p{Lu}[\\p{L}'’-]+(\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}\\s*$");

    private PersonalData() {}

    public static String redact(String text) {
        String result = text;
        for (Rule rule : RULES) {
            result = rule.pattern.matcher(result).replaceAll(rule.replacement);
        }
        return redactName(result);
    }

    /** The first non-empty line is the candidate's name when it looks like one. */
    private static String redactName(String text) {
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                if (NAME_LINE.matcher(lines[i]).matches()) {
                    lines[i] = "[NAME]";
                }
                break;
            }
        }
        return String.join("\n", lines);
    }

    private record Rule(Pattern pattern, String replacement) {
        Rule(String regex, String replacement) {
            this(Pattern.compile(regex, FLAGS | Pattern.MULTILINE), replacement);
        }
    }
}
