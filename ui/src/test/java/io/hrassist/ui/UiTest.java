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
        return Map.of("hr-assist.api.url", api.url().toString());
    }

    URI ui(String path) {
        return server.getURI().resolve(path);
    }
}
