package io.hrassist.ui.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.ssl.ClientSslConfiguration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiTlsTest {

    @ParameterizedTest
    @CsvSource({
        "http://hr-assist-api, false",
        "http://127.0.0.1:8081, false",
        "https://api.example.com, true",
        "' HTTPS://api.example.com ', true"
    })
    void theHttpClientsSetUpTlsOnlyForAnHttpsApi(String apiUrl, boolean tls) {
        try (var context = ApplicationContext.run(Map.of("hr-assist.api.url", apiUrl))) {
            assertThat(context.getBean(ClientSslConfiguration.class).isEnabled())
                    .isEqualTo(tls);
        }
    }
}
