package io.hrassist.ui.web;

import io.hrassist.ui.api.CoreApi;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * The address of the browser signing in, which the UI names to the API in {@link #HEADER} so that the API throttles
 * each client and not the UI as a whole. With {@code trusted-proxy-hops} = n, n proxies in front of the UI each
 * appended the address they saw to {@code X-Forwarded-For}, so the client is the n-th entry from the right; anything
 * further left was written by the client and is never believed. With 0 (or fewer entries than hops) the connection's
 * peer counts.
 */
@Singleton
class ClientAddress {

    /** The header the API reads ({@code HR_ASSIST_CLIENT_ADDRESS_HEADER}); a client's own value is dropped. */
    static final String HEADER = CoreApi.CLIENT_ADDRESS_HEADER;

    private final int trustedProxyHops;

    ClientAddress(@Value("${hr-assist.trusted-proxy-hops:0}") int trustedProxyHops) {
        this.trustedProxyHops = trustedProxyHops;
    }

    String of(HttpRequest<?> request) {
        String peer = request.getRemoteAddress().getAddress().getHostAddress();
        return of(request.getHeaders().getAll("X-Forwarded-For"), peer);
    }

    String of(List<String> forwardedFor, String peer) {
        if (trustedProxyHops <= 0) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String entry : header.split(",")) {
                if (!entry.isBlank()) {
                    hops.add(entry.strip());
                }
            }
        }
        int client = hops.size() - trustedProxyHops;
        return client >= 0 ? hops.get(client) : peer;
    }
}
