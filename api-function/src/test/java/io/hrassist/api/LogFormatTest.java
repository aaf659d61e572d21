package io.hrassist.api;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.MDC;

/**
 * Every app's logback.xml as its image runs it: text lines by default, one JSON object a line with
 * {@code HR_ASSIST_LOG_FORMAT=json} (read as a system property here, as Logback reads one before the environment), the
 * message formatted and the event's names from the MDC in both.
 */
class LogFormatTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @ParameterizedTest
    @ValueSource(strings = {"api-function", "jd-function", "questions-function", "resume-function", "ui"})
    void jsonLinesWithTheTaskWhenAskedTextOtherwise(String module) throws Exception {
        List<String> json = logged(module, "json");
        assertThat(json).hasSize(1);
        JsonNode line = new ObjectMapper().readTree(json.get(0));
        assertThat(line.get("level").asText()).isEqualTo("WARN");
        assertThat(line.get("loggerName").asText()).isEqualTo("io.hrassist.test");
        assertThat(line.get("formattedMessage").asText()).isEqualTo("Task result late by 3 s");
        assertThat(line.get("mdc").get("task").asText()).isEqualTo("0b9c6f6e-task");
        assertThat(line.has("message")).as("the pattern is not logged apart").isFalse();

        List<String> text = logged(module, "");
        assertThat(text)
                .singleElement()
                .satisfies(l -> assertThat(l)
                        .contains("WARN", "io.hrassist.test task=0b9c6f6e-task - Task result late by 3 s")
                        .doesNotStartWith("{"));
    }

    private static List<String> logged(String module, String format) throws Exception {
        PrintStream out = System.out;
        var captured = new ByteArrayOutputStream();
        var context = new LoggerContext();
        context.setMDCAdapter(MDC.getMDCAdapter()); // the one MDC.put writes to, as in the app
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            if (format.isEmpty()) {
                System.clearProperty("HR_ASSIST_LOG_FORMAT");
            } else {
                System.setProperty("HR_ASSIST_LOG_FORMAT", format);
            }
            var configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(
                    ROOT.resolve(module + "/src/main/resources/logback.xml").toFile());
            MDC.put("task", "0b9c6f6e-task");
            context.getLogger("io.hrassist.test").warn("Task result late by {} s", 3);
        } finally {
            MDC.remove("task");
            context.stop();
            System.clearProperty("HR_ASSIST_LOG_FORMAT");
            System.setOut(out);
        }
        return captured.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
