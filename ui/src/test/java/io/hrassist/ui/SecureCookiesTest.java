package io.hrassist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With HR_ASSIST_SECURE_COOKIES=true (the default) the UI behaves as served over HTTPS, whatever the client says. */
@MicronautTest
class SecureCookiesTest extends UiTest {

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(super.getProperties());
        properties.put("hr-assist.secure-cookies", "true");
        return properties;
    }

    @Test
    void setsHostPrefixedSecureCookiesAndHstsWithoutForwardedProto() throws Exception {
        var response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(ui("/login")).build(), HttpResponse.BodyHandlers.discarding());

        assertThat(response.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("__Host-hr_csrf="))
                .allSatisfy(c -> assertThat(c)
                        .startsWith("__Host-")
                        .containsIgnoringCase("; Secure")
                        .contains("Path=/")
                        .doesNotContainIgnoringCase("Domain="));
        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .hasValue("max-age=31536000; includeSubDomains");
    }

    @Test
    void readsOnlyTheHostPrefixedSessionCookie() throws Exception {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(ui("/vacancies"))
                                .header("Cookie", "hr_session=" + api.token())
                                .build(),
                        HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/login");
    }
}
