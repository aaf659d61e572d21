package io.hrassist.api.domain;

import java.util.List;

/** Everything the hiring team sees of one candidate: the candidate, its decisions, notes and the feedback visible. */
public record CandidateDetail(
        Candidate candidate, List<StageChange> stageHistory, List<Note> notes, VisibleFeedback feedback) {}
