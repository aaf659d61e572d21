package io.hrassist.api.fakes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link io.hrassist.api.domain.Inbox} does. */
public abstract class InboxContract extends PortContract {

    @Test
    void seesAnEventFirstOnceAndEveryRedeliveryAfter() {
        String id = UUID.randomUUID().toString();

        assertThat(ports.inbox().firstDelivery("/hr-assist/jd-function", id)).isTrue();
        assertThat(ports.inbox().firstDelivery("/hr-assist/jd-function", id)).isFalse();
        assertThat(ports.inbox().firstDelivery("/hr-assist/jd-function", id)).isFalse();
    }

    @Test
    void tellsEventsApartBySourceAndId() {
        String id = UUID.randomUUID().toString();
        ports.inbox().firstDelivery("/hr-assist/jd-function", id);

        assertThat(ports.inbox().firstDelivery("/elsewhere", id)).isTrue();
        assertThat(ports.inbox().firstDelivery("/hr-assist/jd-function", id + "-2"))
                .isTrue();
    }
}
