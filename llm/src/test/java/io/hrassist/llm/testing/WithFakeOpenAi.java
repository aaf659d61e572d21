package io.hrassist.llm.testing;

import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of a {@code @MicronautTest} whose function has a model configured: the application context points at a
 * {@link FakeOpenAi} that lives as long as the test class and forgets its answers before every test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class WithFakeOpenAi implements TestPropertyProvider {

    protected FakeOpenAi model;

    @Override
    public Map<String, String> getProperties() {
        model = new FakeOpenAi();
        return model.properties();
    }

    @BeforeEach
    void forgetAnswers() {
        model.reset();
    }

    @AfterAll
    void stopModel() {
        model.close();
    }
}
