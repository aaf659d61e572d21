package io.hrassist.questions.domain;

import io.hrassist.events.InterviewQuestionsGenerated.Requirement;

/** A question that may go into a kit and the requirement of the vacancy it would test there. */
record Pick(BankQuestion question, Requirement requirement) {}
