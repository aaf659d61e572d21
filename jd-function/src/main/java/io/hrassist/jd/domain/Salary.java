package io.hrassist.jd.domain;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A salary the brief states ("$90k–110k", "от 150 000 ₽", "120-150 тыс. руб."), as written. A number counts as pay
 * only with a currency or right after a word for pay, so "от 3 лет" or "до 30%" are not salaries.
 *
 * @param text the salary as the brief writes it
 * @param start where it starts in the brief, its pay word ("Salary:", «Зарплата») included
 * @param end where it ends in the brief
 */
public record Salary(String text, int start, int end) {

    private static final String CURRENCY =
            "(?:[$€£₽]|usd|eur|gbp|rub|руб(?:\\.|лей|ля|ль)?|р\\.|долл(?:\\.|аров)?|евро)";
    private static final String AMOUNT = "\\d{1,3}(?:[ \\u00A0\\u202F,.]\\d{3})+(?![\\d])|\\d+(?:[.,]\\d+)?";
    private static final String UNIT = "(?:k|к|тыс(?:\\.|яч)?|млн\\.?)(?![\\p{L}])";
    private static final String SUM =
            "(?:" + CURRENCY + "\\s?)?(?:" + AMOUNT + ")(?:\\s?" + UNIT + ")?(?:\\s?" + CURRENCY + "(?![\\p{L}]))?";
    private static final String PER =
            "(?:\\s?(?:per|a|/|в)\\s?(?:year|annum|month|hour|yr|mo|hr|год|месяц|мес\\.?|час)\\b)?";
    private static final Pattern SALARY = Pattern.compile(
            "(?:(?:salary|pay|compensation|base|зарплата|заработная плата|з/п|зп|оклад|доход)\\s?[:—–-]?\\s?)?"
                    + "(?:(?:from|up to|от|до)\\s)?" + SUM
                    + "(?:\\s?(?:-|–|—|to|до)\\s?" + SUM + ")?" + PER,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PAY_WORD = Pattern.compile(
            "^(?:salary|pay|compensation|base|зарплата|заработная плата|з/п|зп|оклад|доход)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final Pattern TIDY_INSIDE = Pattern.compile("[\\s,;:—–-]+([.,;!?])");
    private static final Pattern TIDY_START = Pattern.compile("^[\\s,;:—–-]+");
    private static final Pattern HAS_CURRENCY = Pattern.compile(
            "[$€£₽]|(?<![\\p{L}])(?:usd|eur|gbp|rub|руб|р\\.|долл|евро)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The first salary {@code brief} states, if any. */
    public static Optional<Salary> in(String brief) {
        if (brief == null) {
            return Optional.empty();
        }
        Matcher matcher = SALARY.matcher(brief);
        while (matcher.find()) {
            String found = matcher.group().strip();
            Matcher payWord = PAY_WORD.matcher(found);
            boolean pay = payWord.find();
            if (HAS_CURRENCY.matcher(found).find() || pay) {
                String amount = pay ? found.substring(payWord.end()).replaceFirst("^\\s?[:—–-]?\\s?", "") : found;
                if (amount.chars().anyMatch(Character::isDigit)) {
                    return Optional.of(new Salary(amount, matcher.start(), matcher.end()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * {@code brief} without the salary, which the conditions state: the sentence that stated only the salary goes,
     * another keeps its other words.
     */
    public String removedFrom(String brief) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
        sentences.setText(brief);
        int from = sentences.preceding(start + 1);
        int to = sentences.following(end - 1);
        String sentence = brief.substring(from, to);
        String rest = TIDY_START
                .matcher(TIDY_INSIDE
                        .matcher(brief.substring(from, start) + " "
                                + brief.substring(end, to).strip())
                        .replaceAll("$1"))
                .replaceFirst("")
                .replaceAll("\\s+", " ")
                .strip();
        String kept = WORD.matcher(rest).results().count() < 2
                ? ""
                : Character.toUpperCase(rest.charAt(0)) + rest.substring(1) + trailingSpace(sentence);
        return (brief.substring(0, from) + kept + brief.substring(to)).strip();
    }

    private static String trailingSpace(String sentence) {
        return sentence.substring(sentence.stripTrailing().length());
    }
}
