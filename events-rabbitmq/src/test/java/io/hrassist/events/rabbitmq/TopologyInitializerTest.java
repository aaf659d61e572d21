package io.hrassist.events.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hrassist.events.rabbitmq.testing.TestRabbit;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A component that may not declare the topology checks it and waits for it, or does not start. */
class TopologyInitializerTest {

    private TestRabbit rabbit;

    @BeforeEach
    void start() {
        rabbit = TestRabbit.require();
    }

    @AfterEach
    void stop() throws Exception {
        if (rabbit != null) {
            rabbit.close();
        }
    }

    @Test
    void withoutDeclaringAMissingTopologyFailsTheStartNamingWhatIsMissing() {
        var properties = function(Duration.ofSeconds(1));

        assertThatThrownBy(
                        () -> ApplicationContext.run(properties, "rabbit-test").close())
                .hasStackTraceContaining("topology is incomplete after waiting PT1S")
                .hasStackTraceContaining("exchange " + rabbit.prefix() + "hr-assist")
                .hasStackTraceContaining("queue " + rabbit.prefix() + Topology.JOB_DESCRIPTION_QUEUE);
    }

    @Test
    void withoutDeclaringTheStartWaitsUntilTheApiHasDeclaredIt() throws Exception {
        var waiting = CompletableFuture.supplyAsync(
                () -> ApplicationContext.run(function(Duration.ofSeconds(30)), "rabbit-test"));
        Thread.sleep(1500);
        assertThat(waiting).isNotDone();

        try (var api = ApplicationContext.run(rabbit.properties(null), "rabbit-test")) {
            api.getBean(RabbitEvents.class); // its connection declares the topology
            try (var function = waiting.get(20, TimeUnit.SECONDS)) {
                assertThat(function.isRunning()).isTrue();
            }
        }
    }

    private Map<String, Object> function(Duration wait) {
        var properties = new HashMap<>(rabbit.properties(Topology.JOB_DESCRIPTION_QUEUE));
        properties.put("hr-assist.rabbitmq.declare", false);
        properties.put("hr-assist.rabbitmq.topology-wait", wait.toString());
        return properties;
    }
}
