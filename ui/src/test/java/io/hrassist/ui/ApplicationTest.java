package io.hrassist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApplicationTest {

    @Test
    void theHttpClientSetsUpTlsOnlyForAnHttpsApi() {
        assertThat(Application.apiOverTls("https://api.example.com")).isTrue();
        assertThat(Application.apiOverTls(" HTTPS://api.example.com ")).isTrue();
        assertThat(Application.apiOverTls("http://hr-assist-api")).isFalse();
        assertThat(Application.apiOverTls(null))
                .as("the default, http://127.0.0.1:8081")
                .isFalse();
    }
}
