package io.hrassist.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.http.HttpMessageFactory;
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
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The training run that {@code deploy/images/aot-cache.Dockerfile} makes of each function image, with the images' JVM
 * flags, on the Java 25 that their JRE is: the function answers its own samples and exits 0, the JVM writes the AOT
 * cache, and a start with that cache and the images' JDK_JAVA_OPTIONS answers an event with the cache in use. Skipped
 * where no Java 25 is installed ({@code JAVA25_HOME}, default {@code /usr/lib/jvm/temurin-25-jdk-amd64}). The three
 * functions train at once (each in a directory and on ports of its own).
 */
@Execution(ExecutionMode.CONCURRENT)
class AotCacheTrainingTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Duration TRAINING = Duration.ofMinutes(2);
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"jd-function", "questions-function", "resume-function"})
    void trainingRunWritesACacheThatTheNextStartUses(String module) throws Exception {
        Path cache = dir.resolve("app.aot");
        Path trainingLog = dir.resolve("training.log");

        Process training = java(module, trainingLog, Map.of(), "-XX:AOTCacheOutput=" + cache, TRAINING_ON);

        assertThat(training.waitFor(TRAINING.toSeconds(), TimeUnit.SECONDS))
                .as("training ended")
                .isTrue();
        assertThat(training.exitValue()).as(Files.readString(trainingLog)).isZero();
        assertThat(Files.readString(trainingLog)).contains("Training: 1 sample event(s) answered");
        assertThat(Files.size(cache)).isGreaterThan(10_000_000);

        Path runLog = dir.resolve("run.log");
        int port = LocalSystem.freePort();
        Process run = java(
                module,
                runLog,
                Map.of(
                        "PORT",
                        String.valueOf(port),
                        "JDK_JAVA_OPTIONS",
                        imageJdkJavaOptions().replace("/app/app.aot", cache.toString())));
        try {
            HttpResponse<String> reply = firstAnswer(port, sample(module), run);
            assertThat(reply.statusCode()).isEqualTo(200);
            assertThat(reply.headers().firstValue("ce-subject")).hasValue("aot-test");
            assertThat(Files.readString(runLog)).doesNotContainPattern("\\[(error|warning) *\\]\\[aot");
        } finally {
            run.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void trainingRunFailsWhenASampleIsNotAnswered() throws Exception {
        Path log = dir.resolve("training.log");

        // Requests of at most 16 bytes: the sample is refused with 413, as any answer but 2xx would be.
        Process training = java("jd-function", log, Map.of(), TRAINING_ON, "-Dmicronaut.server.max-request-size=16");

        assertThat(training.waitFor(TRAINING.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(training.exitValue()).isEqualTo(1);
        assertThat(Files.readString(log)).contains("was answered 413");
    }

    private static final String TRAINING_ON = "-Dhr-assist.cloudevents.training.enabled=true";

    /** Starts {@code module}'s jar on Java 25 with the images' JAVA_TOOL_OPTIONS (a free port unless PORT is given). */
    private static Process java(String module, Path log, Map<String, String> environment, String... flags)
            throws IOException {
        Path java = java25();
        var command = new ArrayList<>(List.of(java.toString()));
        command.addAll(List.of(flags));
        command.addAll(List.of(
                "-jar", ROOT.resolve(module + "/target/" + module + ".jar").toString()));
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_TOOL_OPTIONS", imageJavaToolOptions());
        builder.environment().put("PORT", String.valueOf(LocalSystem.freePort()));
        builder.environment().put("MICRONAUT_SERVER_HOST", "127.0.0.1");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().putAll(environment);
        return builder.start();
    }

    private HttpResponse<String> firstAnswer(int port, Path sample, Process process) throws Exception {
        String file = sample.getFileName().toString();
        CloudEvent event = CloudEventBuilder.v1()
                .withId("aot-test")
                .withSource(URI.create("/aot-test"))
                .withType(file.substring(0, file.length() - ".json".length()))
                .withSubject("aot-test")
                .withData("application/json", Files.readAllBytes(sample))
                .build();
        var builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"));
        byte[][] body = {new byte[0]};
        HttpMessageFactory.createWriter(builder::header, bytes -> body[0] = bytes)
                .writeBinary(event);
        var request =
                builder.POST(HttpRequest.BodyPublishers.ofByteArray(body[0])).build();
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("the function runs").isTrue();
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                Thread.sleep(50); // not listening yet
            }
        }
        throw new AssertionError("no answer within 60 s");
    }

    /** The sample event data the module's training run posts. */
    private static Path sample(String module) throws IOException {
        try (var samples = Files.list(ROOT.resolve(module + "/src/main/resources/cloudevents/warm-up"))) {
            return samples.findFirst().orElseThrow();
        }
    }

    private static Path java25() {
        String home = System.getenv().getOrDefault("JAVA25_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64");
        Path java = Path.of(home, "bin", "java");
        assumeTrue(Files.isExecutable(java), "no Java 25 at " + home + " (JAVA25_HOME)");
        return java;
    }

    /** The function images' JDK_JAVA_OPTIONS: the {@code ENV} of {@code deploy/images/aot-cache.Dockerfile}. */
    private static String imageJdkJavaOptions() throws IOException {
        var matcher = Pattern.compile("(?m)^ENV JDK_JAVA_OPTIONS=\"([^\"]*)\"$")
                .matcher(Files.readString(ROOT.resolve("deploy/images/aot-cache.Dockerfile")));
        assertThat(matcher.find())
                .as("ENV JDK_JAVA_OPTIONS in aot-cache.Dockerfile")
                .isTrue();
        assertThat(matcher.group(1)).contains("-XX:AOTCache=/app/app.aot");
        return matcher.group(1);
    }

    /** The images' JAVA_TOOL_OPTIONS: {@code image.java-tool-options} of the root pom.xml. */
    private static String imageJavaToolOptions() throws IOException {
        var matcher = Pattern.compile("<image\\.java-tool-options>([^<]*)</image\\.java-tool-options>")
                .matcher(Files.readString(ROOT.resolve("pom.xml")));
        assertThat(matcher.find()).as("image.java-tool-options in pom.xml").isTrue();
        return matcher.group(1);
    }
}
