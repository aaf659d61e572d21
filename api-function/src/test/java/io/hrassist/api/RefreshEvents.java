package io.hrassist.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.context.scope.refresh.RefreshEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records the keys of each configuration refresh, so a test waits for the refresh itself instead of reading the
 * Environment while it is being rebuilt (a read during the rebuild can cache the old value).
 */
@Singleton
@Requires(env = Environment.KUBERNETES)
class RefreshEvents {

    final List<Set<String>> changes = new CopyOnWriteArrayList<>();

    @EventListener
    void onRefresh(RefreshEvent event) {
        changes.add(event.getSource().keySet());
    }
}
