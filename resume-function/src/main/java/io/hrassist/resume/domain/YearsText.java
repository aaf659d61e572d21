package io.hrassist.resume.domain;

import io.hrassist.events.Language;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A number of years as a recruiter reads it: to a tenth, whole years without ".0", and the noun agreeing — "about 1
 * year", "about 2.5 years"; «около 1 года», «около 3 лет», «около 21 года», «около 2,5 лет» (after «около» the noun is
 * genitive: singular for numbers ending in 1 but not 11, plural for the rest and for fractions).
 */
final class YearsText {

    private YearsText() {}

    /** In the vacancy's language: each has its own number format and noun agreement (grammar, not a text to look up). */
    static String of(double years, Language language) {
        return switch (language) {
            case EN -> english(years);
            case RU -> russian(years);
        };
    }

    static String english(double years) {
        BigDecimal rounded = rounded(years);
        boolean one = rounded.compareTo(BigDecimal.ONE) == 0;
        return "about " + rounded.toPlainString() + (one ? " year" : " years");
    }

    static String russian(double years) {
        BigDecimal rounded = rounded(years);
        return "около " + rounded.toPlainString().replace('.', ',') + " " + russianNoun(rounded);
    }

    private static String russianNoun(BigDecimal rounded) {
        if (rounded.scale() > 0) {
            return "лет";
        }
        long whole = rounded.longValue();
        return whole % 10 == 1 && whole % 100 != 11 ? "года" : "лет";
    }

    private static BigDecimal rounded(double years) {
        BigDecimal tenth = BigDecimal.valueOf(years).setScale(1, RoundingMode.HALF_UP);
        return tenth.stripTrailingZeros().scale() <= 0 ? tenth.setScale(0, RoundingMode.UNNECESSARY) : tenth;
    }
}
