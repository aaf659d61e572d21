package io.hrassist.ui.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Order;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.client.ProxyHttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import java.net.URI;
import org.reactivestreams.Publisher;

/**
 * Forwards {@code /api/**} and the JSON {@code POST /login} to the Core API, so the browser (and curl) talk to one
 * origin. A browser call carries no token of its own: the one in the session cookie goes along as a bearer token.
 * The UI's cookies never reach the API.
 */
@Filter({"/api/**", "/login"})
@Order(0)
class ApiForwarding implements HttpServerFilter {

    private final ProxyHttpClient proxy;
    private final URI api;

    ApiForwarding(@Client("${hr-assist.api.url}") ProxyHttpClient proxy, @Value("${hr-assist.api.url}") URI api) {
        this.proxy = proxy;
        this.api = api;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        if (!forwarded(request)) {
            return chain.proceed(request);
        }
        String token = Cookies.value(request, Cookies.SESSION);
        var outgoing = request.mutate()
                .uri(uri -> uri.scheme(api.getScheme()).host(api.getHost()).port(api.getPort()));
        outgoing.getHeaders().remove(HttpHeaders.COOKIE);
        outgoing.getHeaders().remove(CsrfFilter.HEADER);
        if (token != null && request.getHeaders().getAuthorization().isEmpty()) {
            outgoing.bearerAuth(token);
        }
        return proxy.proxy(outgoing);
    }

    private static boolean forwarded(HttpRequest<?> request) {
        if (request.getPath().startsWith("/api/")) {
            return true;
        }
        return request.getMethod() == HttpMethod.POST
                && request.getContentType()
                        .map(t -> t.matches(MediaType.APPLICATION_JSON_TYPE))
                        .orElse(false);
    }
}
