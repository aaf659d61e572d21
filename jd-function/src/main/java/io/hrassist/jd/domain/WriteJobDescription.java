package io.hrassist.jd.domain;

import io.hrassist.events.EngineInfo;
import io.hrassist.events.JobDescriptionGenerated;
import io.hrassist.events.JobDescriptionGenerated.Section;
import io.hrassist.events.JobDescriptionRequested;
import io.hrassist.events.Language;
import io.hrassist.events.Seniority;
import io.hrassist.events.VacancyBrief;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes a job description from a vacancy brief without any model: the brief's own words first, the knowledge base's
 * role text for what the job involves, and only the requirements the brief gave.
 */
public final class WriteJobDescription implements Function<JobDescriptionRequested, JobDescriptionGenerated> {

    public static final String VERSION = "jd-offline-1";

    private final RoleCatalog roles;
    private final Screening screening;

    public WriteJobDescription(RoleCatalog roles, Screening screening) {
        this.roles = roles;
        this.screening = screening;
    }

    /** The offline engine's job description. */
    @Override
    public JobDescriptionGenerated apply(JobDescriptionRequested request) {
        return write(request, Optional.empty(), EngineInfo.offline(VERSION));
    }

    /**
     * A job description from a model's {@code draft} when there is one, else from the knowledge base; requirements,
     * conditions and the wording check are the same either way.
     */
    public JobDescriptionGenerated write(JobDescriptionRequested request, Optional<Draft> draft, EngineInfo engine) {
        VacancyBrief vacancy = request.vacancy();
        Labels labels = Labels.of(vacancy.language());
        Optional<Role> role = roles.match(vacancy.title());
        Seniority seniority = vacancy.seniority() == null ? Seniority.MIDDLE : vacancy.seniority();
        var assumptions = new Assumptions(vacancy, role.isPresent() || draft.isPresent());

        var sections = new ArrayList<Section>();
        String summary = draft.map(Draft::summary).orElseGet(() -> summary(vacancy, role, labels));
        sections.add(new Section("summary", labels.about(), summary, List.of()));
        draft.map(Draft::responsibilities)
                .or(() -> role.map(r -> r.responsibilities(seniority, vacancy.language())))
                .filter(items -> !items.isEmpty())
                .ifPresent(
                        items -> sections.add(new Section("responsibilities", labels.responsibilities(), null, items)));
        if (!vacancy.mustHaveSkills().isEmpty()) {
            var items = vacancy.mustHaveSkills().stream()
                    .map(skill -> requirement(skill, labels))
                    .toList();
            sections.add(new Section("must-have", labels.mustHave(), null, items));
        }
        if (!vacancy.niceToHaveSkills().isEmpty()) {
            sections.add(new Section("nice-to-have", labels.niceToHave(), null, vacancy.niceToHaveSkills()));
        }
        conditions(vacancy, labels).ifPresent(sections::add);
        draft.map(Draft::growth)
                .or(() -> role.map(r -> r.growth().get(vacancy.language())))
                .ifPresent(text -> sections.add(new Section("growth", labels.growth(), text, List.of())));

        String markdown = Markdown.render(vacancy.title(), sections);
        return new JobDescriptionGenerated(
                vacancy.title(),
                vacancy.language(),
                markdown,
                sections,
                screening.allowing(request.allowedPhrases()).warnings(markdown, vacancy.language()),
                assumptions.list(),
                engine);
    }

    private static String summary(VacancyBrief vacancy, Optional<Role> role, Labels labels) {
        String roleText = role.map(r -> r.summary().get(vacancy.language()))
                .orElse(labels.genericSummary().formatted(vacancy.title()));
        return vacancy.brief() == null ? roleText : vacancy.brief() + "\n\n" + roleText;
    }

    /** A skill name becomes "hands-on experience with …"; a phrase the recruiter wrote out stays as written. */
    private static String requirement(String skill, Labels labels) {
        return skill.strip().split("\\s+").length > 3
                ? skill
                : labels.experienceWith().formatted(skill);
    }

    private static Optional<Section> conditions(VacancyBrief vacancy, Labels labels) {
        var items = new ArrayList<String>();
        if (vacancy.location() != null) {
            items.add(labels.location() + ": " + vacancy.location());
        }
        if (vacancy.workFormat() != null) {
            items.add(labels.workFormat() + ": " + vacancy.workFormat());
        }
        if (vacancy.employmentType() != null) {
            items.add(labels.employment() + ": " + vacancy.employmentType());
        }
        return items.isEmpty()
                ? Optional.empty()
                : Optional.of(new Section("conditions", labels.conditions(), null, items));
    }

    /** What the text had to assume or leave out because the brief did not say. */
    private record Assumptions(VacancyBrief vacancy, boolean roleKnown) {
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
                                ? "The title matched no known role: responsibilities are left for you to add."
                                : "Название не совпало ни с одной известной ролью: добавьте обязанности сами.");
            }
            if (vacancy.mustHaveSkills().isEmpty()) {
                list.add(
                        en
                                ? "No must-have skills given: no requirements were invented."
                                : "Обязательные навыки не указаны: требования не придумывались.");
            }
            list.add(
                    en
                            ? "No salary range given: ads with a range attract more applicants."
                            : "Вилка зарплаты не указана: вакансии с вилкой получают больше откликов.");
            return list;
        }
    }
}
