package io.hrassist.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.hrassist.events.EventType;
import io.hrassist.events.fixtures.LogCapture;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A resume's text never reaches the API's log, at DEBUG on its own and the server's loggers: not when it is uploaded,
 * refused, evaluated (the evaluation quotes it), answered with a result that fails its checks, read, exported or
 * erased. Every resume line carries a word no log line holds by chance.
 */
@MicronautTest(transactional = false)
class ResumeTextSecrecyTest extends CandidateApiSupport {

    private static final String SECRET =
            "Quorvex" + UUID.randomUUID().toString().replace("-", "");

    @Test
    void noResumeWordReachesTheLogWhateverHappensToIt() {
        String resume = "Jane " + SECRET + " Doe\nBuilt services in Java 17 at " + SECRET + " Logistics\n";

        List<String> logged = LogCapture.during(List.of("io.hrassist", "io.micronaut.http"), () -> {
            String vacancy = createVacancy("Backend Engineer", "Java").get("id").asText();
            var uploaded = upload(vacancy, "jane.txt", resume.getBytes(StandardCharsets.UTF_8));
            String candidate = uploaded.get("candidate").get("id").asText();
            String task = uploaded.get("task").get("id").asText();
            byte[] png = ("\u0089PNG\r\n\u001a\n" + resume).getBytes(StandardCharsets.ISO_8859_1);
            assertThat(statusOf(uploadRequest(vacancy, "jane.png", png))).isEqualTo(415);

            assertThat(statusOf(result(
                            EventType.RESUME_EVALUATION_COMPLETED.name(),
                            task,
                            "{\"score\": 140, \"summary\": \"" + SECRET + "\"}")))
                    .isEqualTo(400);
            complete(task, 80, "Built services in Java 17 at " + SECRET + " Logistics");
            call(HttpRequest.GET("/api/v1/candidates/" + candidate));
            call(HttpRequest.GET("/api/v1/tasks/" + task));
            call(HttpRequest.GET("/api/v1/candidates/" + candidate + "/export"));
            assertThat(statusOf(auth(HttpRequest.DELETE("/api/v1/candidates/" + candidate))))
                    .isEqualTo(204);
        });

        assertThat(logged).hasSizeGreaterThan(3).noneMatch(line -> line.contains(SECRET));
    }
}
