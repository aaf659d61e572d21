package io.hrassist.jd;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.JobDescriptionGenerated;
import io.hrassist.events.JobDescriptionGenerated.Section;
import io.hrassist.events.JobDescriptionRequested;
import io.hrassist.events.Language;
import io.hrassist.events.Seniority;
import io.hrassist.events.VacancyBrief;
import io.hrassist.jd.domain.WriteJobDescription;
import io.hrassist.jd.kb.JsonRoleCatalog;
import io.hrassist.wording.JsonWordingCheck;
import io.hrassist.wording.Screening;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The headings, conditions, draft note and assumptions word for word in both languages. */
class FixedTextsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final WriteJobDescription writer = new WriteJobDescription(
            new JsonRoleCatalog(MAPPER), new Screening(new JsonWordingCheck(MAPPER), List.of()));

    @Test
    void englishDraftSaysWhatItAssumed() {
        var result = write(new VacancyBrief(
                "Quantum Widget Whisperer",
                Language.EN,
                null,
                "Berlin",
                "full-time",
                "hybrid",
                List.of(),
                List.of("Rust"),
                "We make widgets. We want a young team player."));

        assertThat(result.sections().stream().map(Section::heading))
                .contains("About the role", "What you will do", "Nice to have", "Conditions");
        assertThat(section(result, "conditions").items())
                .containsExactly("Location: Berlin", "Work format: hybrid", "Employment: full-time");
        assertThat(result.markdown())
                .contains("Draft to review: “Quantum Widget Whisperer” matched no role in our catalogue, so the"
                        + " responsibilities were drafted from the skills and seniority. Check them against the real"
                        + " job before publishing.");
        assertThat(result.warnings())
                .anyMatch(w -> w.category().equals("draft")
                        && w.suggestion().equals("Review the responsibilities and edit them before publishing."));
        assertThat(result.assumptions())
                .containsExactly(
                        "Seniority not given: responsibilities are written for a mid-level role.",
                        "The title matched no known role: the responsibilities are a draft from the skills and"
                                + " seniority; review them before publishing.",
                        "No must-have skills given: no requirements were invented.",
                        "1 sentence(s) or item(s) of the vacancy were left out for the wording flagged in the"
                                + " warnings.",
                        "No salary range given: ads with a range attract more applicants.");
    }

    @Test
    void russianKnownRoleWithSalary() {
        var result = write(new VacancyBrief(
                "Бэкенд-разработчик",
                Language.RU,
                Seniority.SENIOR,
                "Москва",
                "полная",
                "удалённо",
                List.of("Go"),
                List.of(),
                "Зарплата: от 300 000 ₽."));

        assertThat(result.sections().stream().map(Section::heading))
                .containsSubsequence("О роли", "Чем предстоит заниматься", "Что для нас важно", "Условия");
        assertThat(section(result, "must-have").items()).containsExactly("Go — практический опыт");
        assertThat(section(result, "conditions").items())
                .containsExactly(
                        "Локация: Москва", "Формат работы: удалённо", "Занятость: полная", "Зарплата: от 300 000 ₽");
        assertThat(result.assumptions()).isEmpty();

        var unknown = write(
                new VacancyBrief("Шептун виджетов", Language.RU, null, null, null, null, List.of(), List.of(), null));
        assertThat(unknown.assumptions())
                .containsExactly(
                        "Уровень не указан: обязанности описаны для специалиста уровня middle.",
                        "Название не совпало ни с одной известной ролью: обязанности — черновик по навыкам и уровню;"
                                + " проверьте их перед публикацией.",
                        "Обязательные навыки не указаны: требования не придумывались.",
                        "Вилка зарплаты не указана: вакансии с вилкой получают больше откликов.");
        assertThat(unknown.warnings())
                .anyMatch(w -> w.suggestion().equals("Проверьте обязанности и отредактируйте их перед публикацией."));
        assertThat(unknown.markdown()).contains("Мы ищем специалиста на позицию «Шептун виджетов».");
    }

    private JobDescriptionGenerated write(VacancyBrief vacancy) {
        return writer.apply(new JobDescriptionRequested(null, vacancy));
    }

    private static Section section(JobDescriptionGenerated result, String id) {
        return result.sections().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
