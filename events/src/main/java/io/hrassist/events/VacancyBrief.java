package io.hrassist.events;

import jakarta.annotation.Nullable;
import java.util.LinkedHashSet;
import java.util.List;

/** What a vacancy asks for: the input every generator works from. */
public record VacancyBrief(
        String title,
        Language language,
        @Nullable Seniority seniority,
        @Nullable String location,
        @Nullable String employmentType,
        @Nullable String workFormat,
        List<String> mustHaveSkills,
        List<String> niceToHaveSkills,
        @Nullable String brief) {

    public static final int MAX_SKILLS = 50;
    public static final int MAX_BRIEF = 20_000;

    public VacancyBrief {
        title = Checks.text(title, "title", 200);
        language = Checks.required(language, "language");
        location = Checks.optionalText(location, "location", 200);
        employmentType = Checks.optionalText(employmentType, "employmentType", 100);
        workFormat = Checks.optionalText(workFormat, "workFormat", 100);
        mustHaveSkills = skills(mustHaveSkills, "mustHaveSkills");
        niceToHaveSkills = skills(niceToHaveSkills, "niceToHaveSkills");
        brief = Checks.optionalText(brief, "brief", MAX_BRIEF);
    }

    private static List<String> skills(List<String> skills, String name) {
        var checked = Checks.list(skills, name, MAX_SKILLS);
        var distinct = new LinkedHashSet<String>();
        for (String skill : checked) {
            distinct.add(Checks.text(skill, name + " entry", 100));
        }
        return List.copyOf(distinct);
    }
}
