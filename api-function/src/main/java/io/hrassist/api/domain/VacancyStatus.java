package io.hrassist.api.domain;

/** Whether a vacancy is still hiring. */
public enum VacancyStatus {
    OPEN,
    CLOSED
}
