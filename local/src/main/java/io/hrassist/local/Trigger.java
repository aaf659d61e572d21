package io.hrassist.local;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A Knative Trigger as the local broker needs it: exact-match attribute filter, subscriber, and delivery spec. Read
 * from the project's real manifests under {@code knative/}.
 */
record Trigger(
        String name,
        Map<String, String> filter,
        URI subscriber,
        int retry,
        boolean exponential,
        Duration backoffDelay,
        Duration timeout,
        URI deadLetterSink) {

    boolean matches(Map<String, String> attributes) {
        return filter.entrySet().stream().allMatch(e -> e.getValue().equals(attributes.get(e.getKey())));
    }

    /** Triggers in {@code file}; service names are resolved to local base URLs by {@code services}. */
    @SuppressWarnings("unchecked")
    static List<Trigger> load(Path file, Function<String, URI> services) throws IOException {
        var yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        var triggers = new ArrayList<Trigger>();
        for (Object doc : yaml.loadAll(Files.readString(file))) {
            if (doc instanceof Map<?, ?> map && "Trigger".equals(map.get("kind"))) {
                triggers.add(of((Map<String, Object>) map, services));
            }
        }
        return triggers;
    }

    @SuppressWarnings("unchecked")
    private static Trigger of(Map<String, Object> doc, Function<String, URI> services) {
        var metadata = (Map<String, Object>) doc.get("metadata");
        var spec = (Map<String, Object>) doc.get("spec");
        var filter = (Map<String, Object>)
                ((Map<String, Object>) spec.getOrDefault("filter", Map.of())).getOrDefault("attributes", Map.of());
        var delivery = (Map<String, Object>) spec.getOrDefault("delivery", Map.of());
        var deadLetter = (Map<String, Object>) delivery.get("deadLetterSink");
        var stringFilter = new LinkedHashMap<String, String>();
        filter.forEach((k, v) -> stringFilter.put(k, String.valueOf(v)));
        return new Trigger(
                (String) metadata.get("name"),
                stringFilter,
                destination((Map<String, Object>) spec.get("subscriber"), services),
                ((Number) delivery.getOrDefault("retry", 0)).intValue(),
                "exponential".equals(delivery.get("backoffPolicy")),
                Duration.parse((String) delivery.getOrDefault("backoffDelay", "PT0.2S")),
                Duration.parse((String) delivery.getOrDefault("timeout", "PT60S")),
                deadLetter == null ? null : destination(deadLetter, services));
    }

    /** A Knative Destination: {@code ref} to a Service (resolved locally) plus an optional relative {@code uri}. */
    @SuppressWarnings("unchecked")
    private static URI destination(Map<String, Object> destination, Function<String, URI> services) {
        var ref = (Map<String, Object>) destination.get("ref");
        String uri = (String) destination.get("uri");
        if (ref == null) {
            return URI.create(Objects.requireNonNull(uri, "destination without ref or uri"));
        }
        URI base = services.apply((String) ref.get("name"));
        return uri == null ? base : base.resolve(uri);
    }
}
