package io.hrassist.api.domain;

import java.util.UUID;

/** A request event waiting in the outbox: its id, type, subject (the task id) and data record (stored as JSON). */
public record OutgoingEvent(UUID id, String type, String subject, Object data) {}
