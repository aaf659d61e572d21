package io.hrassist.api.fakes;

import io.hrassist.api.TestPostgres;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import java.util.HashMap;

/**
 * The JDBC adapters on a database of their own, in an application context started once for a contract test class (no
 * HTTP server, no broker: the outbox relay leaves the outbox alone).
 */
final class PostgresPorts implements AutoCloseable {

    private ApplicationContext context;

    /** The adapters; the context starts on the first call. */
    Ports ports() {
        if (context == null) {
            var properties = new HashMap<String, Object>(TestPostgres.anotherDatabase());
            properties.put("hr-assist.admin.password", "a contract test's admin password");
            properties.put("hr-assist.broker.url", "");
            context = ApplicationContext.run(properties, Environment.TEST);
        }
        return Ports.of(context);
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
        }
    }
}
