package io.hrassist.api.domain;

/** Which results are recorded: {@code externalTasks} allows results of requests that other systems sent. */
public record ResultPolicy(boolean externalTasks) {}
