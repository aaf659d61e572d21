package io.hrassist.ui;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;

/** Base of the tests that run the real UI (in this JVM) in front of the real API (a child process). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class UiTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    final TestApi api = TestApi.get();

    @Override
    public Map<String, String> getProperties() {
        // The tests talk plain http to 127.0.0.1, where Secure cookies would not come back; one proxy in front of the
        // UI names the client in X-Forwarded-For.
        return Map.of(
                "hr-assist.api.url",
                api.url().toString(),
                "hr-assist.secure-cookies",
                "false",
                "hr-assist.trusted-proxy-hops",
                "1");
    }

    URI ui(String path) {
        return server.getURI().resolve(path);
    }
}
