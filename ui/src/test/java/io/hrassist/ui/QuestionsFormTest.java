package io.hrassist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The interview questions form over plain HTTP: a type is required, and the printed kit follows the type filter. */
@MicronautTest
class QuestionsFormTest extends UiTest {

    @BeforeAll
    void signIn() throws Exception {
        send(get("/login"));
        send(formPost(
                "/login",
                "username=admin&password=" + enc(TestApi.ADMIN_PASSWORD) + "&_csrf="
                        + enc(cookie(cookies, "hr_csrf"))));
    }

    @Test
    void refusesQuestionsWithNoTypeTickedInPlace() throws Exception {
        UUID vacancy = vacancy();

        var response = send(HttpRequest.newBuilder(ui("/vacancies/" + vacancy + "/interview-questions"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("HX-Request", "true")
                .header("X-CSRF-Token", cookie(cookies, "hr_csrf"))
                .POST(HttpRequest.BodyPublishers.ofString("count=5"))
                .build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("id=\"question-types-error\" class=\"field-error\" role=\"alert\">")
                .contains("Choose at least one question type")
                .contains("value=\"5\"")
                .doesNotContain("checked");
        assertThat(api.get("/api/v1/tasks?vacancyId=" + vacancy + "&kind=INTERVIEW_QUESTIONS"))
                .isEmpty();
    }

    @Test
    void refusesQuestionsWithNoTypeTickedWithoutJavaScript() throws Exception {
        UUID vacancy = vacancy();

        var response = send(formPost(
                "/vacancies/" + vacancy + "/interview-questions", "count=8&_csrf=" + enc(cookie(cookies, "hr_csrf"))));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("id=\"vacancy-title\"", "Choose at least one question type");
        assertThat(api.get("/api/v1/tasks?vacancyId=" + vacancy + "&kind=INTERVIEW_QUESTIONS"))
                .isEmpty();
    }

    @Test
    void startsQuestionsOfTheTickedTypesOnly() throws Exception {
        UUID vacancy = vacancy();

        var response = send(formPost(
                "/vacancies/" + vacancy + "/interview-questions",
                "count=4&type_BEHAVIORAL=on&_csrf=" + enc(cookie(cookies, "hr_csrf"))));

        assertThat(response.statusCode()).isEqualTo(303);
        UUID task = api.latestTask(vacancy, "INTERVIEW_QUESTIONS");
        assertThat(api.requestData(task)).contains("\"BEHAVIORAL\"").doesNotContain("TECHNICAL", "SITUATIONAL");
    }

    @Test
    void printsTheKitOfTheTypeShown() throws Exception {
        UUID vacancy = vacancy();
        api.post("/api/v1/vacancies/" + vacancy + "/interview-questions", "{\"count\":3}");
        UUID task = api.latestTask(vacancy, "INTERVIEW_QUESTIONS");
        api.deliver(Results.QUESTIONS, task, Results.questions());

        var filtered = send(get("/tasks/" + task + "/interview-questions?type=BEHAVIORAL"));
        assertThat(filtered.body()).contains("href=\"/tasks/" + task + "/interview-kit?type=BEHAVIORAL\"");

        var kit = send(get("/tasks/" + task + "/interview-kit?type=BEHAVIORAL"));

        assertThat(kit.body())
                .contains("Tell me about a conflict in your team.")
                .doesNotContain("How does PostgreSQL choose an index scan?");
        assertThat(send(get("/tasks/" + task + "/interview-kit")).body())
                .contains("Tell me about a conflict in your team.", "How does PostgreSQL choose an index scan?");
    }

    private UUID vacancy() {
        return UUID.fromString(api.post("/api/v1/vacancies", "{\"title\":\"Questions form\",\"language\":\"en\"}")
                .get("id")
                .asText());
    }
}
