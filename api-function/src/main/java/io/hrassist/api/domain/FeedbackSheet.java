package io.hrassist.api.domain;

import jakarta.annotation.Nullable;

/** The interview feedback on a candidate as one interviewer sees it, with the vacancy's newest kit to rate on. */
public record FeedbackSheet(@Nullable InterviewKit kit, VisibleFeedback feedback) {}
