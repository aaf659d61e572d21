package io.hrassist.jd.domain;

import io.hrassist.events.EngineInfo;
import io.hrassist.events.JobDescriptionGenerated;
import io.hrassist.events.JobDescriptionGenerated.Section;
import io.hrassist.events.JobDescriptionGenerated.Warning;
import io.hrassist.events.JobDescriptionRequested;
import io.hrassist.events.Language;
import io.hrassist.events.Seniority;
import io.hrassist.events.VacancyBrief;
import io.hrassist.wording.Screening;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Writes a job description from a vacancy brief without any model: the brief's own words first, the knowledge base's
 * role text for what the job involves (a draft from the skills and seniority for a title it does not know), and only
 * the requirements the brief gave. Nothing flagged by the wording check is published as the brief wrote it.
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
     * The vacancy as a model may see it: the title as it will be published, without the salary and without the
     * brief's flagged sentences.
     */
    public VacancyBrief forModel(JobDescriptionRequested request) {
        VacancyBrief v = request.vacancy();
        var rewrite = new Rewrite(screening.allowing(request.allowedPhrases()), v.language());
        String title = rewrite.title(v.title());
        String brief = brief(v, rewrite);
        return new VacancyBrief(
                title,
                v.language(),
                v.seniority(),
                v.location(),
                v.employmentType(),
                v.workFormat(),
                v.mustHaveSkills(),
                v.niceToHaveSkills(),
                brief);
    }

    /**
     * A job description from a model's {@code draft} when there is one, else from the knowledge base; requirements,
     * conditions and the wording check are the same either way, and the draft is checked like the brief.
     */
    public JobDescriptionGenerated write(JobDescriptionRequested request, Optional<Draft> draft, EngineInfo engine) {
        VacancyBrief vacancy = request.vacancy();
        Labels labels = Labels.of(vacancy.language());
        var rewrite = new Rewrite(screening.allowing(request.allowedPhrases()), vacancy.language());
        Optional<Role> role = roles.match(vacancy.title());
        Optional<Salary> salary = Salary.in(vacancy.brief());
        boolean drafted = role.isEmpty() && draft.isEmpty();

        String title = rewrite.title(vacancy.title());
        List<Section> sections = sections(vacancy, title, draft, role, salary, rewrite);
        String note = drafted ? labels.draftNote(title) : null;
        String markdown = Markdown.render(title, note, sections);
        rewrite.residue(markdown);
        var warnings = new ArrayList<>(rewrite.warnings());
        if (drafted) {
            warnings.add(new Warning(title, "draft", note, labels.draftSuggestion()));
        }
        var assumptions = new Assumptions(vacancy, !drafted, salary.isPresent(), rewrite.left());
        return new JobDescriptionGenerated(
                title, vacancy.language(), markdown, sections, warnings, assumptions.list(), engine);
    }

    /** The sections, each text and item through the rewrite: the model's prose, the role's, or a draft's. */
    private List<Section> sections(
            VacancyBrief vacancy,
            String title,
            Optional<Draft> draft,
            Optional<Role> role,
            Optional<Salary> salary,
            Rewrite rewrite) {
        Language language = vacancy.language();
        Labels labels = Labels.of(language);
        Seniority seniority = vacancy.seniority() == null ? Seniority.MIDDLE : vacancy.seniority();
        var sections = new ArrayList<Section>();
        String summary = draft.map(d -> rewrite.prose(d.summary()))
                .orElseGet(() -> summary(vacancy, title, rewrite, role, labels));
        sections.add(new Section("summary", labels.about(), summary.isEmpty() ? null : summary, List.of()));
        List<String> duties = draft.map(Draft::responsibilities)
                .or(() -> role.map(r -> r.responsibilities(seniority, language)))
                .orElseGet(() -> roles.draftTemplate().responsibilities(vacancy.mustHaveSkills(), seniority, language));
        list(sections, "responsibilities", labels.responsibilities(), rewrite.items(duties));
        list(sections, "must-have", labels.mustHave(), rewrite.items(requirements(vacancy, labels)));
        list(sections, "nice-to-have", labels.niceToHave(), rewrite.items(vacancy.niceToHaveSkills()));
        list(sections, "conditions", labels.conditions(), rewrite.items(conditions(vacancy, salary, labels)));
        draft.map(Draft::growth)
                .or(() -> role.map(r -> r.growth().get(language)))
                .map(rewrite::prose)
                .filter(text -> !text.isEmpty())
                .ifPresent(text -> sections.add(new Section("growth", labels.growth(), text, List.of())));
        return sections;
    }

    /** The brief without its salary (the conditions state it) and with flagged sentences rewritten or left out. */
    private static String brief(VacancyBrief vacancy, Rewrite rewrite) {
        if (vacancy.brief() == null) {
            return null;
        }
        String brief = Salary.in(vacancy.brief()).map(Salary::rest).orElse(vacancy.brief());
        String kept = rewrite.prose(brief);
        return kept.isEmpty() ? null : kept;
    }

    private static String summary(
            VacancyBrief vacancy, String title, Rewrite rewrite, Optional<Role> role, Labels labels) {
        String roleText = role.map(r -> rewrite.prose(r.summary().get(vacancy.language())))
                .orElse(labels.summaryFor(title));
        String brief = brief(vacancy, rewrite);
        return brief == null ? roleText : brief + "\n\n" + roleText;
    }

    private static void list(List<Section> sections, String id, String heading, List<String> items) {
        if (!items.isEmpty()) {
            sections.add(new Section(id, heading, null, items));
        }
    }

    /** A skill name becomes "hands-on experience with …"; a phrase the recruiter wrote out stays as written. */
    private static List<String> requirements(VacancyBrief vacancy, Labels labels) {
        return vacancy.mustHaveSkills().stream()
                .map(skill -> skill.strip().split("\\s+").length > 3 ? skill : labels.experienceWith(skill))
                .toList();
    }

    private static List<String> conditions(VacancyBrief vacancy, Optional<Salary> salary, Labels labels) {
        return Stream.of(
                        labelled(labels.location(), vacancy.location()),
                        labelled(labels.workFormat(), vacancy.workFormat()),
                        labelled(labels.employment(), vacancy.employmentType()),
                        labelled(labels.salary(), salary.map(Salary::text).orElse(null)))
                .flatMap(Optional::stream)
                .toList();
    }

    private static Optional<String> labelled(String label, String value) {
        return Optional.ofNullable(value).map(v -> label + ": " + v);
    }
}
