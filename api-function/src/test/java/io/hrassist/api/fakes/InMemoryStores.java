package io.hrassist.api.fakes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Clock;

/**
 * One in-memory database: the fakes of the ports, sharing their tables as the JDBC adapters share PostgreSQL's (a
 * candidate's evaluation is read from its task, erasing a candidate takes its tasks and their waiting requests, a
 * vacancy lists its candidate count). Single-threaded: a fake is for one test at a time.
 */
public final class InMemoryStores {

    /** The {@code source} of the events the outbox delivers, as the API names itself. */
    public static final String API_SOURCE = "/hr-assist/api-function";

    static final ObjectMapper JSON =
            new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Clock clock;
    private final InMemoryTaskStore tasks;
    private final InMemoryVacancyStore vacancies;
    private final InMemoryCandidateStore candidates;
    private final InMemoryOutbox outbox;
    private final InMemoryInbox inbox = new InMemoryInbox();
    private final InMemoryErasedTasks erasedTasks;
    private final InMemoryUsers users;
    private final InMemoryStageHistory stageHistory;
    private final InMemoryCandidateNotes notes;
    private final InMemoryAuditLog auditLog;
    private final InMemoryFeedbackStore feedback;
    private final InMemoryJobDescriptionEdits jobDescriptionEdits;
    private final InMemoryInterviewKits interviewKits;

    public InMemoryStores() {
        this(Clock.systemUTC());
    }

    /** Stores whose "now" (database defaults, due events, expired revocations) is {@code clock}'s. */
    public InMemoryStores(Clock clock) {
        this.clock = clock;
        this.tasks = new InMemoryTaskStore(this);
        this.vacancies = new InMemoryVacancyStore(this);
        this.candidates = new InMemoryCandidateStore(this);
        this.outbox = new InMemoryOutbox(API_SOURCE, clock);
        this.erasedTasks = new InMemoryErasedTasks(clock);
        this.users = new InMemoryUsers(clock);
        this.stageHistory = new InMemoryStageHistory(this);
        this.notes = new InMemoryCandidateNotes(this);
        this.auditLog = new InMemoryAuditLog(clock);
        this.feedback = new InMemoryFeedbackStore(this);
        this.jobDescriptionEdits = new InMemoryJobDescriptionEdits(this);
        this.interviewKits = new InMemoryInterviewKits(this);
    }

    public Clock clock() {
        return clock;
    }

    public InMemoryTaskStore tasks() {
        return tasks;
    }

    public InMemoryVacancyStore vacancies() {
        return vacancies;
    }

    public InMemoryCandidateStore candidates() {
        return candidates;
    }

    public InMemoryOutbox outbox() {
        return outbox;
    }

    public InMemoryInbox inbox() {
        return inbox;
    }

    public InMemoryErasedTasks erasedTasks() {
        return erasedTasks;
    }

    public InMemoryUsers users() {
        return users;
    }

    public InMemoryStageHistory stageHistory() {
        return stageHistory;
    }

    public InMemoryCandidateNotes notes() {
        return notes;
    }

    public InMemoryAuditLog auditLog() {
        return auditLog;
    }

    public InMemoryFeedbackStore feedback() {
        return feedback;
    }

    public InMemoryJobDescriptionEdits jobDescriptionEdits() {
        return jobDescriptionEdits;
    }

    public InMemoryInterviewKits interviewKits() {
        return interviewKits;
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
