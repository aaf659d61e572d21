package io.hrassist.events.binding;

import io.hrassist.events.EventType;

/** The event a handler answers with: its type and data. Id, source, subject and time are set by the binding. */
public record Reply<R>(EventType<R> type, R data) {}
