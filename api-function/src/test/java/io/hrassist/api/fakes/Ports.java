package io.hrassist.api.fakes;

import io.hrassist.api.domain.AccountStore;
import io.hrassist.api.domain.CandidateStore;
import io.hrassist.api.domain.ErasedTasks;
import io.hrassist.api.domain.Inbox;
import io.hrassist.api.domain.Outbox;
import io.hrassist.api.domain.OutboxQueue;
import io.hrassist.api.domain.SessionStore;
import io.hrassist.api.domain.TaskStore;
import io.hrassist.api.domain.UserDirectory;
import io.hrassist.api.domain.VacancyStore;
import io.micronaut.context.BeanContext;

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
        UserDirectory directory) {

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
                stores.users());
    }

    /** The beans of {@code context}: the JDBC adapters. */
    public static Ports of(BeanContext context) {
        return new Ports(
                context.getBean(TaskStore.class),
                context.getBean(VacancyStore.class),
                context.getBean(CandidateStore.class),
                context.getBean(Inbox.class),
                context.getBean(Outbox.class),
                context.getBean(OutboxQueue.class),
                context.getBean(ErasedTasks.class),
                context.getBean(AccountStore.class),
                context.getBean(SessionStore.class),
                context.getBean(UserDirectory.class));
    }
}
