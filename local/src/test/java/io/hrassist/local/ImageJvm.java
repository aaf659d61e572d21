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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A function's jar run the way its image runs it: Java 25 (skipped where none is installed, {@code JAVA25_HOME},
 * default {@code /usr/lib/jvm/temurin-25-jdk-amd64}) with the images' JAVA_TOOL_OPTIONS, and its first answer.
 */
final class ImageJvm {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ImageJvm() {}

    /** Starts {@code module}'s jar with the images' JAVA_TOOL_OPTIONS (a free port unless PORT is given). */
    static Process start(String module, Path log, Map<String, String> environment, String... flags) throws IOException {
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

    /** The first answer of the function on {@code port} to {@code event}, posted in binary mode once it listens. */
    static HttpResponse<String> firstAnswer(int port, CloudEvent event, Process process) throws Exception {
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
                return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                Thread.sleep(50); // not listening yet
            }
        }
        throw new AssertionError("no answer within 60 s");
    }

    /** The sample event the module's training run posts, with this id and subject. */
    static CloudEvent sample(String module, String id) throws IOException {
        Path sample;
        try (var samples = Files.list(ROOT.resolve(module + "/src/main/resources/cloudevents/warm-up"))) {
            sample = samples.findFirst().orElseThrow();
        }
        String file = sample.getFileName().toString();
        return CloudEventBuilder.v1()
                .withId(id)
                .withSource(URI.create("/" + id))
                .withType(file.substring(0, file.length() - ".json".length()))
                .withSubject(id)
                .withData("application/json", Files.readAllBytes(sample))
                .build();
    }

    private static Path java25() {
        String home = System.getenv().getOrDefault("JAVA25_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64");
        Path java = Path.of(home, "bin", "java");
        assumeTrue(Files.isExecutable(java), "no Java 25 at " + home + " (JAVA25_HOME)");
        return java;
    }

    /** The function images' JDK_JAVA_OPTIONS: the {@code ENV} of {@code deploy/images/aot-cache.Dockerfile}. */
    static String imageJdkJavaOptions() throws IOException {
        var matcher = Pattern.compile("(?m)^ENV JDK_JAVA_OPTIONS=\"([^\"]*)\"$")
                .matcher(Files.readString(ROOT.resolve("deploy/images/aot-cache.Dockerfile")));
        assertThat(matcher.find())
                .as("ENV JDK_JAVA_OPTIONS in aot-cache.Dockerfile")
                .isTrue();
        assertThat(matcher.group(1)).contains("-XX:AOTCache=/app/app.aot");
        return matcher.group(1);
    }

    /** The images' JAVA_TOOL_OPTIONS: {@code image.java-tool-options} of the root pom.xml. */
    static String imageJavaToolOptions() throws IOException {
        var matcher = Pattern.compile("<image\\.java-tool-options>([^<]*)</image\\.java-tool-options>")
                .matcher(Files.readString(ROOT.resolve("pom.xml")));
        assertThat(matcher.find()).as("image.java-tool-options in pom.xml").isTrue();
        return matcher.group(1);
    }
}
