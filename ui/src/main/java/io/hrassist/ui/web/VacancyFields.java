package io.hrassist.ui.web;

import io.hrassist.ui.api.Vacancy;
import io.hrassist.ui.api.VacancyForm;
import jakarta.annotation.Nullable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The vacancy form's fields and the API's vacancy body: skills and hiring managers post as comma-separated fields
 * (what chips fill in, and what a person types with JavaScript off); an admin ticks hiring managers instead, as fields
 * {@code hm.<username>}.
 */
final class VacancyFields {

    static final String MANAGER_BOX = "hm.";

    private VacancyFields() {}

    static VacancyForm formOf(Vacancy v) {
        return new VacancyForm(
                v.title(),
                v.language(),
                v.seniority(),
                v.location(),
                v.employmentType(),
                v.workFormat(),
                v.mustHaveSkills(),
                v.niceToHaveSkills(),
                v.brief(),
                v.version(),
                v.hiringManagers());
    }

    static VacancyForm toForm(Map<String, String> fields) {
        List<String> ticked = fields.keySet().stream()
                .filter(k -> k.startsWith(MANAGER_BOX))
                .map(k -> k.substring(MANAGER_BOX.length()))
                .toList();
        return new VacancyForm(
                fields.getOrDefault("title", "").strip(),
                fields.getOrDefault("language", "en"),
                blankToNull(fields.get("seniority")),
                blankToNull(fields.get("location")),
                blankToNull(fields.get("employmentType")),
                blankToNull(fields.get("workFormat")),
                skills(fields.get("mustHaveSkills")),
                skills(fields.get("niceToHaveSkills")),
                blankToNull(fields.get("brief")),
                version(fields.get("version")),
                ticked.stream().distinct().toList());
    }

    private static @Nullable Long version(@Nullable String field) {
        try {
            return field == null || field.isBlank() ? null : Long.valueOf(field.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Chips post as one comma-separated field, which is also what a person types with JavaScript off. */
    static List<String> skills(@Nullable String field) {
        if (field == null) {
            return List.of();
        }
        return Arrays.stream(field.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
