package io.hrassist.api.fakes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.api.domain.AuditAction;
import io.hrassist.api.domain.AuditEntry;
import io.hrassist.api.domain.AuditQuery;
import io.hrassist.api.domain.AuditRetention;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link io.hrassist.api.domain.AuditLog} with its {@link io.hrassist.api.domain.AuditTrail} does: entries
 * found newest first by any filter, repeated reads recorded once per window, old entries forgotten (never one younger
 * than the minimum retention).
 */
public abstract class AuditLogContract extends PortContract {

    private List<AuditEntry> byActor(String actor) {
        return ports.auditTrail().find(new AuditQuery(actor, null, null, null, null, null, 100));
    }

    @Test
    void findsWhatWasRecordedNewestFirstByEveryFilter() throws Exception {
        String actor = Rows.unique("rita-");
        UUID vacancy = UUID.randomUUID();
        UUID candidate = UUID.randomUUID();
        Instant before = Instant.now().minusSeconds(1);
        ports.auditLog().record(actor, AuditAction.VACANCY_CREATED, "VACANCY", vacancy, Map.of("title", "changed"));
        ports.auditLog().record(actor, AuditAction.CANDIDATE_STAGE_CHANGED, "CANDIDATE", candidate, Map.of());

        List<AuditEntry> all = byActor(actor);

        assertThat(all)
                .extracting(AuditEntry::action)
                .containsExactly(AuditAction.CANDIDATE_STAGE_CHANGED.name(), AuditAction.VACANCY_CREATED.name());
        AuditEntry created = all.get(1);
        assertThat(created.objectType()).isEqualTo("VACANCY");
        assertThat(created.objectId()).isEqualTo(vacancy.toString());
        assertThat(created.occurredAt()).isAfter(before);
        assertThat(new ObjectMapper().readTree(created.detail()))
                .isEqualTo(new ObjectMapper().readTree("{\"title\":\"changed\"}"));
        assertThat(all.get(0).detail()).isNull();
        assertThat(ports.auditTrail()
                        .find(new AuditQuery(null, "CANDIDATE", candidate.toString(), null, null, null, 10)))
                .singleElement()
                .extracting(AuditEntry::actor)
                .isEqualTo(actor);
        assertThat(ports.auditTrail()
                        .find(new AuditQuery(actor, null, null, AuditAction.VACANCY_CREATED, null, null, 10)))
                .containsExactly(created);
        assertThat(ports.auditTrail().find(new AuditQuery(actor, null, null, null, null, null, 1)))
                .containsExactly(all.get(0));
        assertThat(ports.auditTrail().find(new AuditQuery(actor, null, null, null, null, before, 10)))
                .isEmpty();
        assertThat(ports.auditTrail().find(new AuditQuery(actor, null, null, null, before, null, 10)))
                .hasSize(2);
    }

    @Test
    void listsEveryEntryAboutAnObjectOldestFirst() {
        String actor = Rows.unique("ola-");
        UUID candidate = UUID.randomUUID();
        ports.auditLog().record(actor, AuditAction.CANDIDATE_VIEWED, "CANDIDATE", candidate, Map.of());
        ports.auditLog().record(actor, AuditAction.CANDIDATE_VIEWED, "CANDIDATE", UUID.randomUUID(), Map.of());
        ports.auditLog().record(actor, AuditAction.VACANCY_CREATED, "VACANCY", candidate, Map.of());
        ports.auditLog()
                .record(actor, AuditAction.CANDIDATE_STAGE_CHANGED, "CANDIDATE", candidate, Map.of("to", "OFFER"));

        assertThat(ports.auditTrail().about("CANDIDATE", candidate.toString()))
                .extracting(AuditEntry::action)
                .containsExactly(AuditAction.CANDIDATE_VIEWED.name(), AuditAction.CANDIDATE_STAGE_CHANGED.name());
        assertThat(ports.auditTrail().about("CANDIDATE", UUID.randomUUID().toString()))
                .isEmpty();
    }

    @Test
    void recordsARepeatedReadOncePerWindow() {
        String actor = Rows.unique("sam-");
        UUID vacancy = UUID.randomUUID();

        ports.auditLog()
                .recordAtMostEvery(Duration.ofMinutes(5), actor, AuditAction.CANDIDATES_LISTED, "VACANCY", vacancy);
        ports.auditLog()
                .recordAtMostEvery(Duration.ofMinutes(5), actor, AuditAction.CANDIDATES_LISTED, "VACANCY", vacancy);
        ports.auditLog()
                .recordAtMostEvery(
                        Duration.ofMinutes(5), actor, AuditAction.CANDIDATES_LISTED, "VACANCY", UUID.randomUUID());

        assertThat(byActor(actor)).hasSize(2);
    }

    @Test
    void forgetsEntriesOlderThanTheCutoffButNoneYoungerThanTheMinimum() {
        String actor = Rows.unique("una-");
        Instant old = Instant.now()
                .minus(AuditRetention.MINIMUM)
                .minus(Duration.ofDays(10))
                .truncatedTo(ChronoUnit.MICROS);
        recordedAt(old, actor);
        ports.auditLog().record(actor, AuditAction.VACANCY_CREATED, "VACANCY", UUID.randomUUID(), Map.of());

        ports.auditTrail().forgetBefore(old);
        assertThat(byActor(actor)).hasSize(2);
        assertThat(ports.auditTrail().forgetBefore(Instant.now().plusSeconds(1)))
                .isPositive();
        assertThat(byActor(actor))
                .singleElement()
                .extracting(AuditEntry::occurredAt)
                .isNotEqualTo(old);
    }

    /** Puts an entry by {@code actor} into the log as if recorded at {@code at} (the port records only "now"). */
    protected abstract void recordedAt(Instant at, String actor);
}
