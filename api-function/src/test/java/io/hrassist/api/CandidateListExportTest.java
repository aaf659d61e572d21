package io.hrassist.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The ranked list as a spreadsheet: rank order, no formula from a file name, an audited download. */
@MicronautTest(transactional = false)
class CandidateListExportTest extends CandidateApiSupport {

    @Test
    void exportsTheRankedListAsCsvWithoutFormulas() throws Exception {
        String vacancy =
                createVacancy("Backend Engineer", "Java", "Go").get("id").asText();
        String scored = upload(vacancy, "ada.txt", "Java since 2015".getBytes(StandardCharsets.UTF_8))
                .get("task")
                .get("id")
                .asText();
        upload(vacancy, "@SUM(A1).txt", "Go since 2019".getBytes(StandardCharsets.UTF_8));
        complete(scored, 80, "Java since 2015");

        HttpResponse<String> response = client.toBlocking()
                .exchange(auth(HttpRequest.GET("/api/v1/vacancies/" + vacancy + "/candidates/export")), String.class);

        assertThat(response.getContentType().orElseThrow().toString()).startsWith("text/csv");
        assertThat(response.header(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment; filename=\"candidates-");
        String body = response.body();
        assertThat(body).startsWith("\uFEFF");
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(body.substring(1)))
                .getRecords();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("rank")).isEqualTo("1");
        assertThat(rows.get(0).get("name")).isEqualTo("ada.txt");
        assertThat(rows.get(0).get("score")).isEqualTo("80");
        assertThat(rows.get(0).get("must-have met")).isEqualTo("1 of 2");
        assertThat(rows.get(0).get("stage")).isEqualTo("NEW");
        assertThat(rows.get(1).get("rank")).as("not evaluated yet: no rank").isEmpty();
        assertThat(rows.get(1).get("name")).isEqualTo("'@SUM(A1).txt");
        assertThat(rows.get(1).get("evaluation")).isEqualTo("PENDING");

        JsonNode audit = call(HttpRequest.GET("/api/v1/audit-events?action=CANDIDATES_EXPORTED&object=" + vacancy));
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).at("/detail/candidates").asInt()).isEqualTo(2);
    }
}
