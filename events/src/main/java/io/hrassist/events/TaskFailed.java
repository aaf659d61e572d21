package io.hrassist.events;

/**
 * Data of {@link EventType#TASK_FAILED}: the request was understood but can never be processed (for example a
 * document that is not a PDF, DOCX or text file). {@code reason} is a stable code, {@code detail} says it in words.
 */
public record TaskFailed(String reason, String detail) {

    public TaskFailed {
        reason = Checks.text(reason, "reason", 100);
        detail = Checks.text(detail, "detail", 5000);
    }
}
