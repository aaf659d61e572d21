package io.hrassist.local;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code ./hr-assist run}: starts the local system, prints where it is and how to log in, and stops every process it
 * started on Ctrl-C. Configuration comes from the environment (see the README).
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) throws InterruptedException {
        var config = config();
        System.out.println("Starting HR Assist (database, "
                + (config.options().rabbitmqUri() == null
                        ? "local broker"
                        : "RabbitMQ at " + LocalSystem.redacted(config.options().rabbitmqUri()))
                + ", api, jd, questions, resume, ui)...");
        LocalSystem system;
        try {
            system = LocalSystem.start(config);
        } catch (Exception e) {
            System.err.println("HR Assist could not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        var stopping = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            System.out.println("\nStopping HR Assist...");
            system.close();
        }));
        printWelcome(config, system);
        watch(system, stopping);
    }

    /** The configuration from {@code hr-assist.root} and the {@code HR_ASSIST_*} environment variables. */
    private static LocalSystem.Config config() {
        Path root = Path.of(System.getProperty("hr-assist.root", "."))
                .toAbsolutePath()
                .normalize();
        String rabbitmq = env("HR_ASSIST_RABBITMQ_URI", null);
        return new LocalSystem.Config(
                root,
                Integer.parseInt(env("HR_ASSIST_PORT", "8080")),
                Path.of(env("HR_ASSIST_HOME", root.resolve(".hr-assist").toString())),
                System.getenv("HR_ASSIST_JDBC_URL"),
                env("HR_ASSIST_DB_USER", "postgres"),
                env("HR_ASSIST_DB_PASSWORD", ""),
                System.getenv("HR_ASSIST_ADMIN_PASSWORD"),
                (rabbitmq == null ? LocalSystem.Options.DEFAULT : LocalSystem.Options.rabbitmq(rabbitmq))
                        .traced(tracing(System.getenv())));
    }

    /**
     * OpenTelemetry tracing of every service when the environment names an exporter ({@code
     * OTEL_EXPORTER_OTLP_ENDPOINT}, e.g. a local Jaeger's {@code http://localhost:4318}, or {@code OTEL_TRACES_EXPORTER}):
     * the {@code OTEL_*} settings given, traces only unless they say otherwise.
     */
    static Map<String, String> tracing(Map<String, String> environment) {
        if (!environment.containsKey("OTEL_EXPORTER_OTLP_ENDPOINT")
                && !environment.containsKey("OTEL_TRACES_EXPORTER")) {
            return Map.of();
        }
        var settings = new HashMap<>(Map.of("OTEL_METRICS_EXPORTER", "none", "OTEL_LOGS_EXPORTER", "none"));
        environment.forEach((name, value) -> {
            if (name.startsWith("OTEL_")) {
                settings.put(name, value);
            }
        });
        return settings;
    }

    private static void printWelcome(LocalSystem.Config config, LocalSystem system) {
        System.out.printf(
                """

                HR Assist is running at %s
                  API:      %sapi/v1   (OpenAPI of the API itself: %sswagger-ui/index.html)
                  Log in:   admin / %s
                  Logs:     %s
                Press Ctrl-C to stop.
                %n""",
                system.url,
                system.url,
                system.apiUrl,
                config.adminPassword() == null ? system.adminPassword : "(HR_ASSIST_ADMIN_PASSWORD)",
                system.logs);
    }

    /** Until stopped: a service that dies ends the whole system with exit code 1, naming its log. */
    private static void watch(LocalSystem system, AtomicBoolean stopping) throws InterruptedException {
        while (!stopping.get()) {
            var dead = system.deadProcess();
            if (dead.isPresent() && !stopping.get()) {
                System.err.println(dead.get().name + " stopped unexpectedly; see " + dead.get().log);
                System.exit(1);
            }
            Thread.sleep(1000);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
