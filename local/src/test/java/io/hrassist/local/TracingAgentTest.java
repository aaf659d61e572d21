package io.hrassist.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cloudevents.core.builder.CloudEventBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A function as its image runs it with the chart's {@code tracing.enabled}: the OpenTelemetry Java agent the image
 * carries ({@code target/otel} here, {@code /app/otel} there) attached with the chart's flags, the image's AOT cache
 * setting beside them. The function answers; the span of its handling reaches the exporter (OTLP JSON in the log
 * here, OTLP over HTTP in a cluster) as the child of the event's {@code traceparent}; the reply continues from that
 * span; no word of the event's data is in the spans.
 */
class TracingAgentTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String PARENT_SPAN = "00f067aa0ba902b7";

    @TempDir
    Path dir;

    @Test
    void theHandlingSpanIsExportedInTheEventsTraceAndTheReplyContinuesFromIt() throws Exception {
        Path log = dir.resolve("run.log");
        int port = LocalSystem.freePort();
        String agent = ImageJvm.ROOT
                .resolve("jd-function/target/otel/opentelemetry-javaagent.jar")
                .toString();
        Process run = ImageJvm.start(
                "jd-function",
                log,
                Map.of(
                        "PORT", String.valueOf(port),
                        "JAVA_TOOL_OPTIONS",
                                ImageJvm.imageJavaToolOptions() + " "
                                        + chartTracingFlags().replace("/app/otel/opentelemetry-javaagent.jar", agent),
                        "JDK_JAVA_OPTIONS",
                                ImageJvm.imageJdkJavaOptions()
                                        .replace(
                                                "/app/app.aot",
                                                dir.resolve("app.aot").toString()),
                        "OTEL_SERVICE_NAME", "hr-assist-jd",
                        "OTEL_TRACES_EXPORTER", "logging-otlp",
                        "OTEL_METRICS_EXPORTER", "none",
                        "OTEL_LOGS_EXPORTER", "none",
                        "OTEL_BSP_SCHEDULE_DELAY", "50"));
        try {
            var event = CloudEventBuilder.v1(ImageJvm.sample("jd-function", "traced"))
                    .withExtension("traceparent", "00-" + TRACE + "-" + PARENT_SPAN + "-01")
                    .build();
            var reply = ImageJvm.firstAnswer(port, event, run);

            assertThat(reply.statusCode()).isEqualTo(200);
            String replyTrace = reply.headers().firstValue("ce-traceparent").orElseThrow();
            var context = Pattern.compile("00-" + TRACE + "-([0-9a-f]{16})-01").matcher(replyTrace);
            assertThat(context.matches()).as(replyTrace).isTrue();
            String span = context.group(1);
            assertThat(span).isNotEqualTo(PARENT_SPAN);
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(Files.readString(log))
                            .contains("\"traceId\":\"" + TRACE + "\",\"spanId\":\"" + span + "\",\"parentSpanId\":\""
                                    + PARENT_SPAN + "\",\"name\":\"process " + event.getType() + "\""));
            String output = Files.readString(log);
            assertThat(output).doesNotContain("Senior Backend Engineer").doesNotContainPattern("\\[error *\\]\\[aot");
        } finally {
            run.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** What the chart appends to JAVA_TOOL_OPTIONS with tracing.enabled (templates/_helpers.tpl, hr-assist.jvmEnv). */
    private static String chartTracingFlags() throws Exception {
        var matcher = Pattern.compile("printf \"%s ([^\"]*-javaagent:[^\"]*)\"")
                .matcher(Files.readString(ImageJvm.ROOT.resolve("helm/hr-assist/templates/_helpers.tpl")));
        assertThat(matcher.find()).as("the agent's flags in hr-assist.jvmEnv").isTrue();
        return matcher.group(1);
    }
}
