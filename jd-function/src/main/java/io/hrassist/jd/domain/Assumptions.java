package io.hrassist.jd.domain;

import io.hrassist.events.Language;
import io.hrassist.events.VacancyBrief;
import java.util.ArrayList;
import java.util.List;

/** What the text had to assume or leave out because the brief did not say, or said what may not be published. */
record Assumptions(VacancyBrief vacancy, boolean roleKnown, boolean salaryKnown, int leftOut) {

    List<String> list() {
        boolean en = vacancy.language() == Language.EN;
        var list = new ArrayList<String>();
        if (vacancy.seniority() == null) {
            list.add(
                    en
                            ? "Seniority not given: responsibilities are written for a mid-level role."
                            : "Уровень не указан: обязанности описаны для специалиста уровня middle.");
        }
        if (!roleKnown) {
            list.add(
                    en
                            ? "The title matched no known role: the responsibilities are a draft from the skills and"
                                    + " seniority; review them before publishing."
                            : "Название не совпало ни с одной известной ролью: обязанности — черновик по навыкам и"
                                    + " уровню; проверьте их перед публикацией.");
        }
        if (vacancy.mustHaveSkills().isEmpty()) {
            list.add(
                    en
                            ? "No must-have skills given: no requirements were invented."
                            : "Обязательные навыки не указаны: требования не придумывались.");
        }
        if (leftOut > 0) {
            list.add(
                    en
                            ? leftOut + " sentence(s) or item(s) of the vacancy were left out for the wording"
                                    + " flagged in the warnings."
                            : "Предложений или пунктов вакансии не вошло в текст из-за формулировок из"
                                    + " предупреждений: " + leftOut + ".");
        }
        if (!salaryKnown) {
            list.add(
                    en
                            ? "No salary range given: ads with a range attract more applicants."
                            : "Вилка зарплаты не указана: вакансии с вилкой получают больше откликов.");
        }
        return list;
    }
}
