package io.hrassist.api.domain;

import java.time.Instant;
import java.util.List;

/**
 * Everything held about a candidate, for a subject access request: the candidate, the vacancy applied for, the
 * original file, the decisions, notes, interview feedback, every evaluation with its result, and the audit log's entries
 * about the candidate (who viewed, downloaded, exported or changed it, and when).
 */
public record CandidateExport(
        Candidate candidate,
        Vacancy vacancy,
        byte[] document,
        List<StageChange> stageHistory,
        List<Note> notes,
        List<InterviewFeedback> feedback,
        List<Task> evaluations,
        List<AuditEntry> auditTrail,
        String exportedBy,
        Instant exportedAt) {}
