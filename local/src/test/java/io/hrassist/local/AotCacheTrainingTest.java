package io.hrassist.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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

    private static final Duration TRAINING = Duration.ofMinutes(2);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"jd-function", "questions-function", "resume-function"})
    void trainingRunWritesACacheThatTheNextStartUses(String module) throws Exception {
        Path cache = dir.resolve("app.aot");
        Path trainingLog = dir.resolve("training.log");

        Process training = ImageJvm.start(module, trainingLog, Map.of(), "-XX:AOTCacheOutput=" + cache, TRAINING_ON);

        assertThat(training.waitFor(TRAINING.toSeconds(), TimeUnit.SECONDS))
                .as("training ended")
                .isTrue();
        assertThat(training.exitValue()).as(Files.readString(trainingLog)).isZero();
        assertThat(Files.readString(trainingLog)).contains("Training: 1 sample event(s) answered");
        assertThat(Files.size(cache)).isGreaterThan(10_000_000);

        Path runLog = dir.resolve("run.log");
        int port = LocalSystem.freePort();
        Process run = ImageJvm.start(
                module,
                runLog,
                Map.of(
                        "PORT",
                        String.valueOf(port),
                        "JDK_JAVA_OPTIONS",
                        ImageJvm.imageJdkJavaOptions().replace("/app/app.aot", cache.toString())));
        try {
            HttpResponse<String> reply = ImageJvm.firstAnswer(port, ImageJvm.sample(module, "aot-test"), run);
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
        Process training =
                ImageJvm.start("jd-function", log, Map.of(), TRAINING_ON, "-Dmicronaut.server.max-request-size=16");

        assertThat(training.waitFor(TRAINING.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(training.exitValue()).isEqualTo(1);
        assertThat(Files.readString(log)).contains("was answered 413");
    }

    private static final String TRAINING_ON = "-Dhr-assist.cloudevents.training.enabled=true";
}
