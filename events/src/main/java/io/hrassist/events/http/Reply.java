package io.hrassist.events.http;

/** The event a handler answers with: its type and data. Id, source, subject and time are set by the binding. */
public record Reply(String type, Object data) {}
