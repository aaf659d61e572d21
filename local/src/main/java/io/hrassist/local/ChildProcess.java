package io.hrassist.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service of the local system running as its own JVM, logging to its own file. */
final class ChildProcess implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    final String name;
    final int port;
    final Path log;
    private final ProcessBuilder builder;
    private Process process;

    private ChildProcess(String name, int port, Path log, ProcessBuilder builder) throws IOException {
        this.name = name;
        this.port = port;
        this.log = log;
        this.builder = builder;
        this.process = builder.start();
    }

    /** Starts {@code java -jar jar} with the environment given (and {@code PORT}); fast-start JVM flags. */
    static ChildProcess start(String name, Path jar, int port, Map<String, String> environment, Path logDirectory)
            throws IOException {
        if (!jar.toFile().isFile()) {
            throw new IOException(jar + " is missing: build with ./mvnw -DskipTests package (./hr-assist run does)");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xss512k",
                "-XX:MaxRAMPercentage=25",
                "-jar",
                jar.toString()));
        Path log = logDirectory.resolve(name + ".log");
        Files.deleteIfExists(log); // a restart appends to the log of this run
        var builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("PORT", String.valueOf(port));
        // Loopback only: on a laptop nothing of the system is reachable from the network.
        builder.environment().put("MICRONAUT_SERVER_HOST", "127.0.0.1");
        return new ChildProcess(name, port, log, builder);
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /** Waits until {@code /health/readiness} answers 200; fails if the process exits or time runs out. */
    void awaitReady(Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        var request = HttpRequest.newBuilder(url().resolve("/health/readiness"))
                .timeout(Duration.ofSeconds(2))
                .build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException(name + " exited with code " + process.exitValue() + "; see " + log);
            }
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IOException(name + " was not ready within " + timeout.toSeconds() + " s; see " + log);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Kills the process at once ({@code SIGKILL}, as {@code kill -9}): no shutdown hooks, nothing finished. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    /** Starts the process again, as it was started before, and waits until it is ready. */
    void restart(Duration timeout) throws IOException, InterruptedException {
        if (process.isAlive()) {
            close();
        }
        process = builder.start();
        awaitReady(timeout);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
