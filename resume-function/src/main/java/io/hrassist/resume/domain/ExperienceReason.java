package io.hrassist.resume.domain;

import io.hrassist.events.Language;

/** The experience criterion's reason: the years the engine computed from the dates, in the vacancy's language. */
final class ExperienceReason {

    private ExperienceReason() {}

    static String of(Experience.Found found, int required, Language language) {
        return language == Language.RU ? russian(found, required) : english(found, required);
    }

    private static String english(Experience.Found found, int required) {
        String wanted = required == 0 ? "no minimum for a junior role." : required + " wanted.";
        if (found.months() == 0) {
            return "No dated periods of work found; " + wanted;
        }
        var reason = new StringBuilder(capital(YearsText.english(found.years()))).append(" of work from the dates");
        if (found.relevantMonths() != found.months()) {
            reason.append(", ")
                    .append(YearsText.english(found.relevantYears()))
                    .append(" of them in jobs that name this vacancy's title or skills");
        }
        if (found.leaveMonths() > 0) {
            reason.append("; leave and career breaks not counted (")
                    .append(YearsText.english(found.leaveMonths() / 12.0))
                    .append(")");
        }
        return reason.append("; ").append(wanted).toString();
    }

    private static String russian(Experience.Found found, int required) {
        String wanted = required == 0 ? "для младшей позиции минимума нет." : "нужно от " + required + " лет.";
        if (found.months() == 0) {
            return "В резюме нет периодов работы с датами; " + wanted;
        }
        var reason = new StringBuilder("По датам в резюме ")
                .append(YearsText.russian(found.years()))
                .append(" работы");
        if (found.relevantMonths() != found.months()) {
            reason.append(", из них ")
                    .append(YearsText.russian(found.relevantYears()))
                    .append(" — на работах, где названы должность или навыки вакансии");
        }
        if (found.leaveMonths() > 0) {
            reason.append("; отпуска по уходу за ребёнком и перерывы не учтены (")
                    .append(YearsText.russian(found.leaveMonths() / 12.0))
                    .append(")");
        }
        return reason.append("; ").append(wanted).toString();
    }

    private static String capital(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
