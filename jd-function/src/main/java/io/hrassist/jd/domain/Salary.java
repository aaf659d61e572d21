package io.hrassist.jd.domain;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A salary the brief states ("$90k–110k", "от 150 000 ₽", "120-150 тыс. руб."), as written, for the conditions. A
 * number counts as pay only with a currency or right after a word for pay, so "от 3 лет" or "до 30%" are not
 * salaries. A sentence that opens with the salary ("Salary: £38,000–£44,000 plus overtime.") is about pay: all of it
 * goes to the conditions and leaves the brief; a salary inside another sentence stays there too, which still reads.
 *
 * @param text what the conditions say about pay
 * @param rest the brief without what went to the conditions
 */
public record Salary(String text, String rest) {

    private static final String PAY_WORDS = "salary|pay|compensation|base|зарплата|заработная плата|з/п|зп|оклад|доход";
    private static final String CURRENCY =
            "(?:[$€£₽]|usd|eur|gbp|rub|руб(?:\\.|лей|ля|ль)?|р\\.|долл(?:\\.|аров)?|евро)";
    private static final String AMOUNT = "\\d{1,3}(?:[ \\u00A0\\u202F,.]\\d{3})+(?![\\d])|\\d+(?:[.,]\\d+)?";
    private static final String UNIT = "(?:k|к|тыс(?:\\.|яч)?|млн\\.?)(?![\\p{L}])";
    private static final String SUM =
            "(?:" + CURRENCY + "\\s?)?(?:" + AMOUNT + ")(?:\\s?" + UNIT + ")?(?:\\s?" + CURRENCY + "(?![\\p{L}]))?";
    private static final String PER =
            "(?:\\s?(?:per|a|/|в)\\s?(?:year|annum|month|hour|yr|mo|hr|год|месяц|мес\\.?|час)\\b)?";
    private static final Pattern SALARY = Pattern.compile(
            "(?:(?:" + PAY_WORDS + ")\\s?[:—–-]?\\s?)?(?:(?:from|up to|от|до)\\s)?" + SUM + "(?:\\s?(?:-|–|—|to|до)\\s?"
                    + SUM + ")?" + PER,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PAY_WORD =
            Pattern.compile("^(?:" + PAY_WORDS + ")\\s?[:—–-]?\\s?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern HAS_CURRENCY = Pattern.compile(
            "[$€£₽]|(?<![\\p{L}])(?:usd|eur|gbp|rub|руб|р\\.|долл|евро)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern OPENING = Pattern.compile("[\\s\\-–—•*·]*");
    private static final Pattern CLOSING = Pattern.compile("[\\s.;]+$");

    /** The first salary {@code brief} states, if any. */
    public static Optional<Salary> in(String brief) {
        if (brief == null) {
            return Optional.empty();
        }
        Matcher matcher = SALARY.matcher(brief);
        while (matcher.find()) {
            Matcher payWord = PAY_WORD.matcher(matcher.group());
            boolean pay = payWord.find();
            int amount = matcher.start() + (pay ? payWord.end() : 0);
            if ((pay || HAS_CURRENCY.matcher(matcher.group()).find())
                    && brief.substring(amount, matcher.end()).chars().anyMatch(Character::isDigit)) {
                return Optional.of(of(brief, matcher.start(), amount, matcher.end()));
            }
        }
        return Optional.empty();
    }

    /** The salary found at {@code start} (its amount at {@code amount}) up to {@code end}. */
    private static Salary of(String brief, int start, int amount, int end) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
        sentences.setText(brief);
        int from = sentences.preceding(start + 1);
        int to = sentences.following(end - 1);
        if (!OPENING.matcher(brief.substring(from, start)).matches()) {
            return new Salary(brief.substring(amount, end).strip(), brief);
        }
        String text = brief.substring(amount, end)
                + CLOSING.matcher(brief.substring(end, to)).replaceFirst("");
        return new Salary(text, (brief.substring(0, from) + brief.substring(to)).strip());
    }
}
