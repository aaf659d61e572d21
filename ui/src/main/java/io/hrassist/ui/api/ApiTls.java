package io.hrassist.ui.api;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.ssl.ClientSslConfiguration;
import jakarta.inject.Singleton;

/**
 * The UI's HTTP clients talk to the API only: they set up TLS where the API's address is {@code https} and not
 * otherwise. An SSL context built for an {@code http} API cost ~0.1 s of the first page after a start from zero (the
 * chart and the launcher reach the API over http). Decided on the resolved {@code hr-assist.api.url}, wherever it was
 * set.
 */
@Singleton
final class ApiTls implements BeanCreatedEventListener<ClientSslConfiguration> {

    private final boolean tls;

    ApiTls(@Value("${hr-assist.api.url}") String apiUrl) {
        this.tls = apiUrl.strip().regionMatches(true, 0, "https:", 0, 6);
    }

    @Override
    public ClientSslConfiguration onCreated(BeanCreatedEvent<ClientSslConfiguration> event) {
        ClientSslConfiguration ssl = event.getBean();
        ssl.setEnabled(tls);
        return ssl;
    }
}
