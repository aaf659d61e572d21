package io.hrassist.jd.domain;

import io.hrassist.events.Language;
import java.util.Map;

/** Headings and fixed phrases of a job description in each language. */
record Labels(
        String about,
        String responsibilities,
        String mustHave,
        String niceToHave,
        String conditions,
        String location,
        String workFormat,
        String employment,
        String experienceWith,
        String genericSummary,
        String growth) {

    private static final Map<Language, Labels> ALL = Map.of(
            Language.EN,
            new Labels(
                    "About the role",
                    "What you will do",
                    "What you bring",
                    "Nice to have",
                    "Conditions",
                    "Location",
                    "Work format",
                    "Employment",
                    "Hands-on experience with %s",
                    "We are looking for a %s to join our team.",
                    "How you will grow"),
            Language.RU,
            new Labels(
                    "О роли",
                    "Чем предстоит заниматься",
                    "Что для нас важно",
                    "Будет плюсом",
                    "Условия",
                    "Локация",
                    "Формат работы",
                    "Занятость",
                    "%s — практический опыт",
                    "Мы ищем специалиста на позицию «%s».",
                    "Возможности роста"));

    static Labels of(Language language) {
        return ALL.get(language);
    }
}
