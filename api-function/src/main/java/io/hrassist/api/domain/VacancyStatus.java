package io.hrassist.api.domain;

/** Whether a vacancy is still hiring; an archived one is closed and left out of the usual list. */
public enum VacancyStatus {
    OPEN,
    CLOSED,
    ARCHIVED
}
