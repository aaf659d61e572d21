package io.hrassist.ui.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Only what the trusted proxies wrote names the client; what the client wrote itself is never believed. */
class ClientAddressTest {

    @Test
    void withoutProxiesTheConnectionsPeerCountsWhateverTheClientClaims() {
        assertThat(new ClientAddress(0).of(List.of("198.51.100.1"), "203.0.113.9"))
                .isEqualTo("203.0.113.9");
    }

    @Test
    void behindProxiesTheClientIsTheEntryTheFirstProxyAppended() {
        var address = new ClientAddress(3);
        // a spoofed entry, then what the gateway, the activator and the queue-proxy appended
        assertThat(address.of(List.of("198.51.100.1, 203.0.113.9", "10.0.0.5, 10.0.0.6"), "127.0.0.1"))
                .isEqualTo("203.0.113.9");
        assertThat(address.of(List.of("203.0.113.9,10.0.0.5,10.0.0.6"), "127.0.0.1"))
                .isEqualTo("203.0.113.9");
    }

    @Test
    void fewerEntriesThanProxiesFallBackToThePeer() {
        assertThat(new ClientAddress(3).of(List.of("10.0.0.5, 10.0.0.6"), "127.0.0.1"))
                .isEqualTo("127.0.0.1");
        assertThat(new ClientAddress(1).of(List.of(), "127.0.0.1")).isEqualTo("127.0.0.1");
    }
}
