package io.hrassist.api.fakes;

import io.hrassist.api.domain.AccountStore;
import io.hrassist.api.domain.AuditLog;
import io.hrassist.api.domain.AuditTrail;
import io.hrassist.api.domain.CandidateNotes;
import io.hrassist.api.domain.CandidateStore;
import io.hrassist.api.domain.ErasedTasks;
import io.hrassist.api.domain.FeedbackStore;
import io.hrassist.api.domain.Inbox;
import io.hrassist.api.domain.InterviewKits;
import io.hrassist.api.domain.JobDescriptionEdits;
import io.hrassist.api.domain.Outbox;
import io.hrassist.api.domain.OutboxQueue;
import io.hrassist.api.domain.SessionStore;
import io.hrassist.api.domain.StageHistory;
import io.hrassist.api.domain.TaskStore;
import io.hrassist.api.domain.UserDirectory;
import io.hrassist.api.domain.VacancyStore;
import io.micronaut.context.BeanContext;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.TransactionOperations;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;

/** One implementation of each port a contract test reaches: the fakes of one {@link InMemoryStores}, or the adapters. */
public record Ports(
        TaskStore tasks,
        VacancyStore vacancies,
        CandidateStore candidates,
        Inbox inbox,
        Outbox outbox,
        OutboxQueue outboxQueue,
        ErasedTasks erasedTasks,
        AccountStore accounts,
        SessionStore sessions,
        UserDirectory directory,
        StageHistory stageHistory,
        CandidateNotes notes,
        AuditLog auditLog,
        AuditTrail auditTrail,
        FeedbackStore feedback,
        JobDescriptionEdits jobDescriptionEdits,
        InterviewKits interviewKits) {

    /** The fakes, sharing their tables. */
    public static Ports of(InMemoryStores stores) {
        return new Ports(
                stores.tasks(),
                stores.vacancies(),
                stores.candidates(),
                stores.inbox(),
                stores.outbox(),
                stores.outbox(),
                stores.erasedTasks(),
                stores.users(),
                stores.users(),
                stores.users(),
                stores.stageHistory(),
                stores.notes(),
                stores.auditLog(),
                stores.auditLog(),
                stores.feedback(),
                stores.jobDescriptionEdits(),
                stores.interviewKits());
    }

    /**
     * The beans of {@code context}, the JDBC adapters, each call in a transaction of its own: the use cases call them in
     * theirs, and some adapters (the inbox, a candidate's document) need one.
     */
    @SuppressWarnings("unchecked")
    public static Ports of(BeanContext context) {
        TransactionOperations<Connection> transactions =
                context.getBean(Argument.of(TransactionOperations.class, Connection.class));
        return new Ports(
                inTransactions(context, transactions, TaskStore.class),
                inTransactions(context, transactions, VacancyStore.class),
                inTransactions(context, transactions, CandidateStore.class),
                inTransactions(context, transactions, Inbox.class),
                inTransactions(context, transactions, Outbox.class),
                inTransactions(context, transactions, OutboxQueue.class),
                inTransactions(context, transactions, ErasedTasks.class),
                inTransactions(context, transactions, AccountStore.class),
                inTransactions(context, transactions, SessionStore.class),
                inTransactions(context, transactions, UserDirectory.class),
                inTransactions(context, transactions, StageHistory.class),
                inTransactions(context, transactions, CandidateNotes.class),
                inTransactions(context, transactions, AuditLog.class),
                inTransactions(context, transactions, AuditTrail.class),
                inTransactions(context, transactions, FeedbackStore.class),
                inTransactions(context, transactions, JobDescriptionEdits.class),
                inTransactions(context, transactions, InterviewKits.class));
    }

    private static <T> T inTransactions(
            BeanContext context, TransactionOperations<Connection> transactions, Class<T> port) {
        T bean = context.getBean(port);
        InvocationHandler handler = (proxy, method, args) -> transactions.executeWrite(status -> {
            try {
                return method.invoke(bean, args);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        });
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, handler));
    }
}
