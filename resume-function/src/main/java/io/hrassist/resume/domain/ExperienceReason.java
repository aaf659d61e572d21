package io.hrassist.resume.domain;

import io.hrassist.events.Language;
import io.hrassist.events.LanguageTexts;

/** The experience criterion's reason: the years the engine computed from the dates, in the vacancy's language. */
final class ExperienceReason {

    private ExperienceReason() {}

    static String of(Experience.Found found, int required, Language language) {
        LanguageTexts texts = Texts.of(language);
        String wanted = required == 0
                ? texts.get("experience.wanted.none")
                : texts.format("experience.wanted.years", String.valueOf(required));
        if (found.months() == 0) {
            return texts.format("experience.no-periods", wanted);
        }
        var reason =
                new StringBuilder(capital(texts.format("experience.found", YearsText.of(found.years(), language))));
        if (found.relevantMonths() != found.months()) {
            reason.append(texts.format("experience.relevant", YearsText.of(found.relevantYears(), language)));
        }
        if (found.leaveMonths() > 0) {
            reason.append(texts.format("experience.leave", YearsText.of(found.leaveMonths() / 12.0, language)));
        }
        return reason.append("; ").append(wanted).toString();
    }

    private static String capital(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
