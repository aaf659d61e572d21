package io.hrassist.api.domain;

import io.hrassist.events.VacancyBrief;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which fields of a vacancy an edit changed, by name (the audit log records names, never the text), and whether they
 * are what job descriptions, kits and evaluations are made from.
 */
final class VacancyFields {

    /** Fields whose change makes earlier results stale. */
    private static final Set<String> CONTENT =
            Set.of("title", "language", "seniority", "mustHaveSkills", "niceToHaveSkills");

    private VacancyFields() {}

    static List<String> changed(Vacancy before, VacancyBrief after, List<String> hiringManagers) {
        VacancyBrief old = before.brief();
        var fields = new ArrayList<String>();
        add(fields, "title", old.title(), after.title());
        add(fields, "language", old.language(), after.language());
        add(fields, "seniority", old.seniority(), after.seniority());
        add(fields, "location", old.location(), after.location());
        add(fields, "employmentType", old.employmentType(), after.employmentType());
        add(fields, "workFormat", old.workFormat(), after.workFormat());
        add(fields, "mustHaveSkills", old.mustHaveSkills(), after.mustHaveSkills());
        add(fields, "niceToHaveSkills", old.niceToHaveSkills(), after.niceToHaveSkills());
        add(fields, "brief", old.brief(), after.brief());
        add(fields, "hiringManagers", before.hiringManagers(), hiringManagers);
        return fields;
    }

    static boolean touchContent(List<String> fields) {
        return fields.stream().anyMatch(CONTENT::contains);
    }

    private static void add(List<String> fields, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            fields.add(name);
        }
    }
}
