package io.hrassist.api.fakes;

import static org.assertj.core.api.Assertions.assertThat;

import io.hrassist.api.domain.Candidate;
import io.hrassist.api.domain.Stage;
import io.hrassist.api.domain.StageChange;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link io.hrassist.api.domain.StageHistory} does. */
public abstract class StageHistoryContract extends PortContract {

    private Candidate candidate() {
        var vacancy = ports.vacancies().create(Rows.vacancy("Platform Engineer", HOUR_AGO));
        Candidate candidate = Rows.candidate(vacancy.id(), Rows.unique("resume "), HOUR_AGO);
        ports.candidates().create(candidate, new byte[] {1});
        return candidate;
    }

    @Test
    void keepsACandidatesChangesOldestFirst() {
        Candidate candidate = candidate();
        Candidate other = candidate();
        var later = new StageChange(
                candidate.id(), Stage.SHORTLISTED, Stage.REJECTED, "no Go", "rita", HOUR_AGO.plusSeconds(60));
        var earlier = new StageChange(candidate.id(), Stage.NEW, Stage.SHORTLISTED, null, "rita", HOUR_AGO);

        ports.stageHistory().record(later);
        ports.stageHistory().record(earlier);
        ports.stageHistory().record(new StageChange(other.id(), Stage.NEW, Stage.OFFER, null, "sam", HOUR_AGO));

        assertThat(ports.stageHistory().of(candidate.id())).containsExactly(earlier, later);
        assertThat(ports.stageHistory().of(UUID.randomUUID())).isEmpty();
    }

    @Test
    void erasesTheChangesWithTheirCandidate() {
        Candidate candidate = candidate();
        ports.stageHistory()
                .record(new StageChange(candidate.id(), Stage.NEW, Stage.INTERVIEW, "referral", "rita", HOUR_AGO));

        ports.candidates().erase(candidate.id());

        assertThat(ports.stageHistory().of(candidate.id())).isEmpty();
    }
}
