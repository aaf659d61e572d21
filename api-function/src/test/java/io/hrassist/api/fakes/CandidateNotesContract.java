package io.hrassist.api.fakes;

import static org.assertj.core.api.Assertions.assertThat;

import io.hrassist.api.domain.Candidate;
import io.hrassist.api.domain.Note;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link io.hrassist.api.domain.CandidateNotes} does. */
public abstract class CandidateNotesContract extends PortContract {

    private Candidate candidate() {
        var vacancy = ports.vacancies().create(Rows.vacancy("Platform Engineer", HOUR_AGO));
        Candidate candidate = Rows.candidate(vacancy.id(), Rows.unique("resume "), HOUR_AGO);
        ports.candidates().create(candidate, new byte[] {1});
        return candidate;
    }

    @Test
    void keepsACandidatesNotesOldestFirst() {
        Candidate candidate = candidate();
        var later = new Note(UUID.randomUUID(), candidate.id(), "rita", "Strong on Go", HOUR_AGO.plusSeconds(5));
        var earlier = new Note(UUID.randomUUID(), candidate.id(), "sam", "Call on Monday", HOUR_AGO);

        ports.notes().add(later);
        ports.notes().add(earlier);
        ports.notes().add(new Note(UUID.randomUUID(), candidate().id(), "sam", "Other", HOUR_AGO));

        assertThat(ports.notes().of(candidate.id())).containsExactly(earlier, later);
    }

    @Test
    void erasesTheNotesWithTheirCandidate() {
        Candidate candidate = candidate();
        ports.notes().add(new Note(UUID.randomUUID(), candidate.id(), "rita", "Says where she lives", HOUR_AGO));

        ports.candidates().erase(candidate.id());

        assertThat(ports.notes().of(candidate.id())).isEmpty();
    }
}
