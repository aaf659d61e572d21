package io.hrassist.api.domain;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A vacancy's ranked candidates for a download (a spreadsheet); every export is audited, since it holds names. */
@Singleton
public class ExportCandidateList {

    private final ListCandidates listCandidates;
    private final AuditLog audit;

    ExportCandidateList(ListCandidates listCandidates, AuditLog audit) {
        this.listCandidates = listCandidates;
        this.audit = audit;
    }

    @Transactional
    public List<ListCandidates.Ranked> export(UUID vacancyId, Actor actor) {
        List<ListCandidates.Ranked> ranked = listCandidates.ranked(vacancyId, actor);
        audit.record(
                actor.username(),
                AuditAction.CANDIDATES_EXPORTED,
                ChangeVacancy.OBJECT,
                vacancyId,
                Map.of("candidates", ranked.size()));
        return ranked;
    }
}
