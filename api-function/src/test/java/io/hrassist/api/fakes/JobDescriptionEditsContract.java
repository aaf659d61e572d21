package io.hrassist.api.fakes;

import static org.assertj.core.api.Assertions.assertThat;

import io.hrassist.api.domain.JobDescriptionEdit;
import io.hrassist.api.domain.Vacancy;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link io.hrassist.api.domain.JobDescriptionEdits} does. */
public abstract class JobDescriptionEditsContract extends PortContract {

    private Vacancy vacancy() {
        return ports.vacancies().create(Rows.vacancy("Platform Engineer", HOUR_AGO));
    }

    private static JobDescriptionEdit edit(Vacancy vacancy, String markdown, long version) {
        return new JobDescriptionEdit(vacancy.id(), markdown, null, "rita", HOUR_AGO.plusSeconds(version), version);
    }

    @Test
    void keepsTheFirstEditOfAVacancyOnce() {
        Vacancy vacancy = vacancy();
        var first = edit(vacancy, "# Platform Engineer", 1);

        assertThat(ports.jobDescriptionEdits().save(first, null)).isTrue();
        assertThat(ports.jobDescriptionEdits().save(edit(vacancy, "# Also first", 1), null))
                .isFalse();
        assertThat(ports.jobDescriptionEdits().find(vacancy.id())).contains(first);
        assertThat(ports.jobDescriptionEdits().find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void savesALaterEditOnlyFromTheVersionKept() {
        Vacancy vacancy = vacancy();
        ports.jobDescriptionEdits().save(edit(vacancy, "# v1", 1), null);
        var second = edit(vacancy, "# v2", 2);

        assertThat(ports.jobDescriptionEdits().save(second, 1L)).isTrue();
        assertThat(ports.jobDescriptionEdits().save(edit(vacancy, "# lost", 2), 1L))
                .isFalse();
        assertThat(ports.jobDescriptionEdits().find(vacancy.id())).contains(second);
    }

    @Test
    void theEditGoesWithItsVacancy() {
        Vacancy vacancy = vacancy();
        ports.jobDescriptionEdits().save(edit(vacancy, "# v1", 1), null);

        ports.vacancies().delete(vacancy.id());

        assertThat(ports.jobDescriptionEdits().find(vacancy.id())).isEmpty();
    }
}
