package io.hrassist.events;

/** Kinds of interview question. */
public enum QuestionType {
    TECHNICAL,
    BEHAVIORAL,
    SITUATIONAL
}
