package io.hrassist.api.domain;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/**
 * A unit of generation work: what it produces for which vacancy (and candidate), who asked for it ({@link Origin}) and
 * where it is in its life ({@link State}).
 */
public record Task(
        UUID id,
        TaskKind kind,
        @Nullable UUID vacancyId,
        @Nullable UUID candidateId,
        Origin origin,
        State state,
        Instant createdAt,
        Instant updatedAt) {

    /** How the audit log names a task (an evaluation that belongs to no candidate). */
    public static final String AUDIT_TYPE = "TASK";

    /** Who asked for the task. */
    public sealed interface Origin {

        /**
         * This service: {@code requestEventId} is the random id of the request it sent, and only a reply derived from it
         * counts (null for a task made before those ids were kept).
         */
        record Requested(@Nullable UUID requestEventId) implements Origin {}

        /** Another system's request, whose result first came from {@code source}. */
        record External(String source) implements Origin {}
    }

    /** Pending, or ended with a result (the result event's data as JSON) or an error. */
    public sealed interface State {

        TaskStatus status();

        record Pending() implements State {
            @Override
            public TaskStatus status() {
                return TaskStatus.PENDING;
            }
        }

        record Succeeded(String result, @Nullable Integer score, Instant completedAt) implements State {
            @Override
            public TaskStatus status() {
                return TaskStatus.SUCCEEDED;
            }
        }

        record Failed(String error, Instant completedAt) implements State {
            @Override
            public TaskStatus status() {
                return TaskStatus.FAILED;
            }
        }
    }

    /**
     * How a pending task ends: with the result event's data (and the score it carries), or with an error — reported by
     * the function, or {@code undelivered}: its event came back as a dead letter.
     */
    public sealed interface Ending {

        record Success(Object data, @Nullable Integer score) implements Ending {}

        record Failure(String error, boolean undelivered) implements Ending {

            public Failure(String error) {
                this(error, false);
            }
        }
    }

    /** A task this service starts now: its request event goes out with it. */
    public static Task requested(
            UUID id, TaskKind kind, @Nullable UUID vacancyId, @Nullable UUID candidateId, Instant now) {
        return new Task(
                id,
                kind,
                vacancyId,
                candidateId,
                new Origin.Requested(UUID.randomUUID()),
                new State.Pending(),
                now,
                now);
    }

    /** A task another system requested, first known from its result or dead letter from {@code source}. */
    public static Task external(UUID id, TaskKind kind, String source, Instant now) {
        return new Task(id, kind, null, null, new Origin.External(source), new State.Pending(), now, now);
    }

    public TaskStatus status() {
        return state.status();
    }

    public boolean pending() {
        return state instanceof State.Pending;
    }

    /** The request event that starts this task, with {@code data} as its data. */
    public OutgoingEvent request(Object data) {
        UUID requestEventId = requestEventId();
        if (requestEventId == null) {
            throw new IllegalStateException("Task " + id + " was not created here and has no request event");
        }
        return new OutgoingEvent(requestEventId, kind.requestType(), id.toString(), data);
    }

    /** The id of the request event this service sent, or null for another system's task. */
    @Nullable
    public UUID requestEventId() {
        return origin instanceof Origin.Requested requested ? requested.requestEventId() : null;
    }

    /** {@code API} or {@code EXTERNAL}, as the API shows and stores it. */
    public String originName() {
        return origin instanceof Origin.Requested ? "API" : "EXTERNAL";
    }

    /** The result event's data as JSON, once succeeded. */
    @Nullable
    public String result() {
        return state instanceof State.Succeeded succeeded ? succeeded.result() : null;
    }

    @Nullable
    public Integer score() {
        return state instanceof State.Succeeded succeeded ? succeeded.score() : null;
    }

    @Nullable
    public String error() {
        return state instanceof State.Failed failed ? failed.error() : null;
    }

    @Nullable
    public Instant completedAt() {
        if (state instanceof State.Succeeded succeeded) {
            return succeeded.completedAt();
        }
        return state instanceof State.Failed failed ? failed.completedAt() : null;
    }
}
