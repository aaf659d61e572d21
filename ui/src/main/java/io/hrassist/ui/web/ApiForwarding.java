package io.hrassist.ui.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Order;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.client.ProxyHttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import java.net.URI;
import java.util.Set;
import java.util.regex.Pattern;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Forwards the Core API's own resources ({@code /api/v1/...} with GET, POST, PUT, DELETE) and the JSON
 * {@code POST /login} to the API, so the browser (and curl) talk to one origin. Nothing else under {@code /api/} goes
 * through: no other method, no dot segments or encoded characters that could reach the API's event ingest, metrics or
 * OpenAPI. A browser call carries no token of its own: the one in the session cookie goes along as a bearer token.
 * The UI's cookies never reach the API.
 */
@Filter({"/api/**", "/login"})
@Order(0)
class ApiForwarding implements HttpServerFilter {

    /** Plain path segments only: letters, digits, '-' and '_' (ids, resource names). */
    private static final Pattern API_PATH = Pattern.compile("/api/v1(/[A-Za-z0-9_-]+)+");

    private static final Set<HttpMethod> METHODS =
            Set.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE);

    private final ProxyHttpClient proxy;
    private final URI api;
    private final Cookies cookies;
    private final ClientAddress clientAddress;
    private final ErrorPages errors;

    ApiForwarding(
            @Client("${hr-assist.api.url}") ProxyHttpClient proxy,
            @Value("${hr-assist.api.url}") URI api,
            Cookies cookies,
            ClientAddress clientAddress,
            ErrorPages errors) {
        this.proxy = proxy;
        this.api = api;
        this.cookies = cookies;
        this.clientAddress = clientAddress;
        this.errors = errors;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        boolean login = isJsonLogin(request);
        if (!login && !request.getPath().startsWith("/api/")) {
            return chain.proceed(request);
        }
        if (!login
                && !(METHODS.contains(request.getMethod())
                        && API_PATH.matcher(rawPath(request)).matches())) {
            return Mono.just(errors.answer(
                    request,
                    HttpStatus.NOT_FOUND,
                    "Only the API's /api/v1 resources are forwarded; this path is not forwarded."));
        }
        String token = cookies.session(request);
        var outgoing = request.mutate()
                .uri(uri -> uri.scheme(api.getScheme()).host(api.getHost()).port(api.getPort()));
        outgoing.getHeaders().remove(HttpHeaders.COOKIE);
        outgoing.getHeaders().remove(CsrfFilter.HEADER);
        outgoing.getHeaders().remove(ClientAddress.HEADER);
        if (login) {
            outgoing.header(ClientAddress.HEADER, clientAddress.of(request));
        }
        if (token != null && request.getHeaders().getAuthorization().isEmpty()) {
            outgoing.bearerAuth(token);
        }
        return proxy.proxy(outgoing);
    }

    private static String rawPath(HttpRequest<?> request) {
        String path = request.getUri().getRawPath();
        return path == null ? "" : path;
    }

    private static boolean isJsonLogin(HttpRequest<?> request) {
        return request.getPath().equals("/login")
                && request.getMethod() == HttpMethod.POST
                && request.getContentType()
                        .map(t -> t.matches(MediaType.APPLICATION_JSON_TYPE))
                        .orElse(false);
    }
}
