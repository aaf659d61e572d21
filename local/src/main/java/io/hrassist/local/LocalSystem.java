package io.hrassist.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole system on one machine: database, the three functions, the API and the UI in front, connected by the local
 * broker, or by a RabbitMQ when {@link Options#rabbitmqUri()} is given.
 */
final class LocalSystem implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalSystem.class);
    private static final Duration STARTUP = Duration.ofSeconds(90);

    /** Knative Service names (as the Triggers name them) and the module whose jar runs them. */
    static final Map<String, String> SERVICES = Map.of(
            "hr-assist-jd", "jd-function",
            "hr-assist-questions", "questions-function",
            "hr-assist-resume", "resume-function",
            "hr-assist-api", "api-function");

    /** What to start: repository root, public port, state directory, and an optional external database. */
    record Config(
            Path root,
            int port,
            Path home,
            String jdbcUrl,
            String dbUser,
            String dbPassword,
            String adminPassword,
            Options options) {}

    /**
     * How events travel: through the local broker, or through the RabbitMQ at {@code rabbitmqUri}, names prefixed;
     * whether the API records results of requests that other systems sent ({@code HR_ASSIST_EXTERNAL_TASKS}); and, when
     * {@code tracing} holds OpenTelemetry settings ({@code OTEL_*}), every service runs the OpenTelemetry agent its build
     * copied to {@code target/otel} with them.
     */
    record Options(String rabbitmqUri, String rabbitmqPrefix, boolean externalTasks, Map<String, String> tracing) {

        static final Options DEFAULT = new Options(null, "", false);

        Options(String rabbitmqUri, String rabbitmqPrefix, boolean externalTasks) {
            this(rabbitmqUri, rabbitmqPrefix, externalTasks, Map.of());
        }

        Options traced(Map<String, String> settings) {
            return new Options(rabbitmqUri, rabbitmqPrefix, externalTasks, Map.copyOf(settings));
        }

        static Options rabbitmq(String uri) {
            return new Options(uri, "", false);
        }
    }

    private final List<AutoCloseable> started = new ArrayList<>();
    private final List<ChildProcess> processes = new ArrayList<>();
    private final LocalDatabase database;
    private final LocalBroker broker;
    final URI url;
    final URI apiUrl;
    final String adminPassword;
    final Path logs;

    private LocalSystem(Config config) throws Exception {
        Files.createDirectories(config.home());
        logs = Files.createDirectories(config.home().resolve("logs"));
        adminPassword = config.adminPassword() != null
                ? config.adminPassword()
                : secret(config.home().resolve("admin-password"), 15);
        String jwtSecret = secret(config.home().resolve("jwt-secret"), 48);
        String ingestToken = secret(config.home().resolve("ingest-token"), 32);
        database = database(config);

        var ports = new HashMap<String, Integer>();
        SERVICES.keySet().forEach(service -> ports.put(service, freePort()));
        int apiPort = ports.get("hr-assist-api");
        broker = broker(config, ports, ingestToken);
        for (var service : SERVICES.entrySet()) {
            Path jar =
                    config.root().resolve(service.getValue()).resolve("target").resolve(service.getValue() + ".jar");
            var environment = environment(service.getKey(), config.options(), jwtSecret, ingestToken);
            environment.putAll(tracing(config, service.getValue(), service.getKey()));
            processes.add(ChildProcess.start(service.getValue(), jar, ports.get(service.getKey()), environment, logs));
        }
        // The UI on the public port; it forwards /api/** and /login to the API, so the browser sees one origin.
        // It serves plain http on localhost, where Secure (and __Host-) cookies would not come back.
        var ui = new HashMap<>(
                Map.of("HR_ASSIST_API_URL", "http://127.0.0.1:" + apiPort, "HR_ASSIST_SECURE_COOKIES", "false"));
        ui.putAll(tracing(config, "ui", "hr-assist-ui"));
        processes.add(ChildProcess.start("ui", config.root().resolve("ui/target/ui.jar"), config.port(), ui, logs));
        started.addAll(processes);
        for (ChildProcess process : processes) {
            process.awaitReady(STARTUP);
        }
        url = URI.create("http://localhost:" + config.port() + "/");
        apiUrl = URI.create("http://127.0.0.1:" + apiPort + "/");
    }

    /** The given database, or an embedded PostgreSQL in the state directory; checked that it answers. */
    private LocalDatabase database(Config config) throws IOException, SQLException {
        LocalDatabase db = config.jdbcUrl() != null
                ? LocalDatabase.given(config.jdbcUrl(), config.dbUser(), config.dbPassword())
                : LocalDatabase.embedded(config.home().resolve("pgdata"));
        started.add(db);
        db.check();
        return db;
    }

    /** The local broker routing by knative/triggers.yaml, or null when events travel through RabbitMQ. */
    private LocalBroker broker(Config config, Map<String, Integer> ports, String ingestToken) throws IOException {
        Options options = config.options();
        if (options.rabbitmqUri() != null) {
            LOG.info("Events travel through RabbitMQ at {}", redacted(options.rabbitmqUri()));
            return null;
        }
        var triggers = Trigger.load(config.root().resolve("knative/triggers.yaml"), name -> serviceUrl(ports, name));
        var local = new LocalBroker(
                0, triggers, new LocalBroker.Credentials(serviceUrl(ports, "hr-assist-api"), ingestToken));
        started.add(local);
        LOG.info("Local broker at {} with {} triggers from knative/triggers.yaml", local.url(), triggers.size());
        return local;
    }

    /**
     * With tracing on: the OpenTelemetry agent the module's build copied (after any JAVA_TOOL_OPTIONS of the
     * launcher's), the settings, and the service's name.
     */
    private static Map<String, String> tracing(Config config, String module, String serviceName) throws IOException {
        if (config.options().tracing().isEmpty()) {
            return Map.of();
        }
        Path agent = config.root().resolve(module).resolve("target/otel/opentelemetry-javaagent.jar");
        if (!Files.isRegularFile(agent)) {
            throw new IOException(agent + " is missing: build with ./mvnw -DskipTests package (./hr-assist run does)");
        }
        var environment = new HashMap<>(config.options().tracing());
        String options = System.getenv().getOrDefault("JAVA_TOOL_OPTIONS", "");
        environment.put("JAVA_TOOL_OPTIONS", (options + " -javaagent:" + agent).strip());
        environment.put("OTEL_SERVICE_NAME", serviceName);
        return environment;
    }

    /** What a service is started with: the transport, and for the API its database, secrets and broker. */
    private Map<String, String> environment(String service, Options options, String jwtSecret, String ingestToken) {
        var environment = new HashMap<String, String>();
        if (options.rabbitmqUri() != null) {
            environment.putAll(Map.of(
                    "HR_ASSIST_TRANSPORT", "rabbitmq",
                    "RABBITMQ_URI", options.rabbitmqUri(),
                    "HR_ASSIST_RABBITMQ_PREFIX", options.rabbitmqPrefix()));
        }
        if (!service.equals("hr-assist-api")) {
            return environment;
        }
        environment.putAll(Map.of(
                "HR_ASSIST_DB_URL",
                database.url(),
                "HR_ASSIST_DB_USER",
                database.user(),
                "HR_ASSIST_DB_PASSWORD",
                database.password(),
                "HR_ASSIST_JWT_SECRET",
                jwtSecret,
                "HR_ASSIST_INGEST_TOKEN",
                ingestToken,
                "HR_ASSIST_ADMIN_PASSWORD",
                adminPassword,
                // the UI names the client signing in, so that sign-in throttling counts per browser
                "HR_ASSIST_CLIENT_ADDRESS_HEADER",
                "X-HR-Assist-Client"));
        if (broker != null) {
            environment.put("K_SINK", broker.url().toString());
        }
        if (options.externalTasks()) {
            environment.put("HR_ASSIST_EXTERNAL_TASKS", "true");
        }
        return environment;
    }

    static LocalSystem start(Config config) throws Exception {
        return new LocalSystem(config);
    }

    /** The local broker; only when events travel through it. */
    LocalBroker broker() {
        if (broker == null) {
            throw new IllegalStateException("events travel through RabbitMQ, not the local broker");
        }
        return broker;
    }

    LocalDatabase database() {
        return database;
    }

    /** The running process of {@code module} (for example {@code jd-function}). */
    ChildProcess process(String module) {
        return processes.stream()
                .filter(p -> p.name.equals(module))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no process " + module));
    }

    /** An AMQP URI without its password, for logs. */
    static String redacted(String uri) {
        return uri.replaceFirst("//([^:/@]+):[^@]*@", "//$1:***@");
    }

    /** The first process that died, if any. */
    Optional<ChildProcess> deadProcess() {
        return processes.stream().filter(p -> !p.isAlive()).findFirst();
    }

    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                LOG.warn("Stopping {} failed: {}", started.get(i), e.toString());
            }
        }
    }

    private static URI serviceUrl(Map<String, Integer> ports, String name) {
        Integer port = ports.get(name);
        if (port == null) {
            throw new IllegalArgumentException("knative/triggers.yaml names unknown service " + name);
        }
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /** A random secret kept in {@code file} (owner-only) so it survives restarts of the local system. */
    private static String secret(Path file, int bytes) throws IOException {
        if (Files.isRegularFile(file)) {
            return Files.readString(file).strip();
        }
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.writeString(file, secret);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the file stays as the OS made it
        }
        return secret;
    }

    static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
