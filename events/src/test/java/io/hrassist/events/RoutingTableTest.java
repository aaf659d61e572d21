package io.hrassist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The registry of event types is the one routing table: the Knative Triggers rendered from the chart
 * ({@code knative/triggers.yaml}) and the chart's queue names must say what {@link EventType} says.
 */
class RoutingTableTest {

    private static final Path ROOT = Path.of("..");
    private static final String RELEASE = "hr-assist";

    @Test
    void everyTriggerDeliversItsTypeToTheRegisteredConsumer() throws IOException {
        Map<String, String> triggers = new LinkedHashMap<>();
        for (Map<String, Object> trigger : documents(ROOT.resolve("knative/triggers.yaml"))) {
            Map<String, Object> spec = map(trigger, "spec");
            String type = (String) map(map(spec, "filter"), "attributes").get("type");
            String subscriber = (String) map(map(spec, "subscriber"), "ref").get("name");
            assertThat(triggers.put(type, subscriber))
                    .as("a second Trigger for " + type)
                    .isNull();
        }

        Map<String, String> registered = EventType.all().stream()
                .collect(Collectors.toMap(
                        EventType::name,
                        type -> RELEASE + "-" + type.consumer().component(),
                        (a, b) -> a,
                        LinkedHashMap::new));
        assertThat(triggers).containsExactlyInAnyOrderEntriesOf(registered);
    }

    @Test
    void theChartsQueuesAreTheRegisteredOnes() throws IOException {
        Map<String, Object> values =
                documents(ROOT.resolve("helm/hr-assist/values.yaml")).get(0);
        for (EventService service : EventService.values()) {
            if (service != EventService.API) {
                assertThat(map(values, service.component()).get("queue"))
                        .as(service + " queue in values.yaml")
                        .isEqualTo(service.queue());
            }
        }
        String users = Files.readString(ROOT.resolve("helm/hr-assist/templates/rabbitmq-users.yaml"));
        assertThat(users).contains(EventService.API.queue());
    }

    @Test
    void everyTaskIsRequestedOfAFunctionAndAnsweredToTheApi() {
        assertThat(Arrays.stream(TaskType.values()).map(TaskType::producer))
                .doesNotHaveDuplicates()
                .doesNotContain(EventService.API);
        assertThat(Arrays.stream(TaskType.values()).map(task -> task.result().consumer()))
                .containsOnly(EventService.API);
        assertThat(EventType.TASK_FAILED.consumer()).isEqualTo(EventService.API);
        assertThat(EventType.named(EventType.TASK_FAILED.name())).contains(EventType.TASK_FAILED);
        assertThat(EventType.named("io.hrassist.unknown.v1")).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> documents(Path file) throws IOException {
        var yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        var documents = new ArrayList<Map<String, Object>>();
        try (Reader reader = Files.newBufferedReader(file)) {
            for (Object document : yaml.loadAll(reader)) {
                if (document != null) {
                    documents.add((Map<String, Object>) document);
                }
            }
        }
        return documents;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object child = parent.get(key);
        assertThat(child).as(key).isInstanceOf(Map.class);
        return (Map<String, Object>) child;
    }
}
