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
        String salary,
        String experienceWith,
        String genericSummary,
        String growth,
        String draftNote,
        String draftSuggestion) {

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
                    "Salary",
                    "Hands-on experience with %s",
                    "We are looking for %s to join our team.",
                    "How you will grow",
                    "Draft to review: “%s” matched no role in our catalogue, so the responsibilities were drafted"
                            + " from the skills and seniority. Check them against the real job before publishing.",
                    "Review the responsibilities and edit them before publishing."),
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
                    "Зарплата",
                    "%s — практический опыт",
                    "Мы ищем специалиста на позицию «%s».",
                    "Возможности роста",
                    "Черновик для проверки: должность «%s» не нашлась в каталоге ролей, поэтому обязанности составлены"
                            + " по навыкам и уровню. Сверьте их с реальной работой перед публикацией.",
                    "Проверьте обязанности и отредактируйте их перед публикацией."));

    static Labels of(Language language) {
        return ALL.get(language);
    }

    /** "We are looking for an Electrician …": the article fits the title in English. */
    String summaryFor(String title) {
        return genericSummary.formatted(this == ALL.get(Language.EN) ? Article.indefinite(title) : title);
    }
}
