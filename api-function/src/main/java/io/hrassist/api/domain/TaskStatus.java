package io.hrassist.api.domain;

/** Where a task is: waiting for its result, or done one way or the other. */
public enum TaskStatus {
    PENDING,
    SUCCEEDED,
    FAILED
}
