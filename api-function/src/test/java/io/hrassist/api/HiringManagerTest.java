package io.hrassist.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hrassist.api.db.UserRepository;
import io.hrassist.api.domain.Role;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A hiring manager sees the vacancies assigned to them, and nothing of any other: not even that it exists. */
@MicronautTest(transactional = false)
class HiringManagerTest extends ApiTest {

    private static final String PASSWORD = "hiring manager password";

    @Inject
    UserRepository users;

    private String manager;
    private String managerToken;

    @BeforeAll
    void signInAHiringManager() {
        manager = UserApiTest.unique("manager");
        Users.create(users, manager, PASSWORD, Role.HIRING_MANAGER);
        managerToken = signIn(manager, PASSWORD);
    }

    @Test
    void seesOnlyTheVacanciesAssignedToThemAndTheirTasks() throws Exception {
        String assigned = vacancy("Assigned Engineer", List.of(manager));
        String other = vacancy("Other Engineer", List.of());
        String assignedTask = jobDescription(assigned);
        String otherTask = jobDescription(other);

        assertThat(ids(asManager(HttpRequest.GET("/api/v1/vacancies?limit=200"))))
                .contains(assigned)
                .doesNotContain(other);
        assertThat(readAsManager("/api/v1/vacancies/" + assigned).get("hiringManagers"))
                .extracting(JsonNode::asText)
                .containsExactly(manager);
        assertThat(readAsManager("/api/v1/vacancies/" + assigned + "/candidates"))
                .isEmpty();
        assertThat(readAsManager("/api/v1/tasks/" + assignedTask).get("kind").asText())
                .isEqualTo("JOB_DESCRIPTION");
        assertThat(ids(asManager(HttpRequest.GET("/api/v1/tasks?limit=200"))))
                .contains(assignedTask)
                .doesNotContain(otherTask);

        for (String hidden : new String[] {
            "/api/v1/vacancies/" + other,
            "/api/v1/vacancies/" + other + "/candidates",
            "/api/v1/tasks/" + otherTask,
            "/api/v1/tasks?vacancyId=" + other
        }) {
            JsonNode problem = problem(asManager(HttpRequest.GET(hidden)), 404);
            assertThat(problem.get("detail").asText()).as(hidden).contains("does not exist");
        }
        assertThat(ids(call(HttpRequest.GET("/api/v1/vacancies?limit=200")))).contains(assigned, other);
    }

    @Test
    void changesNothingEvenOnTheirOwnVacancy() throws Exception {
        String assigned = vacancy("Their Engineer", List.of(manager));

        problem(
                asManager(HttpRequest.PUT(
                        "/api/v1/vacancies/" + assigned, Map.of("title", "X", "language", "en", "version", 0))),
                403);
        problem(asManager(HttpRequest.DELETE("/api/v1/vacancies/" + assigned)), 403);
        problem(asManager(HttpRequest.POST("/api/v1/vacancies/" + assigned + "/job-description", "")), 403);

        assertThat(call(HttpRequest.GET("/api/v1/vacancies/" + assigned))
                        .get("title")
                        .asText())
                .isEqualTo("Their Engineer");
    }

    @Test
    void onlyActiveHiringManagersCanBeAssignedAndEachRefusalNamesWho() throws Exception {
        String recruiter = UserApiTest.unique("not-a-manager");
        Users.create(users, recruiter, PASSWORD, Role.RECRUITER);
        String leaver = UserApiTest.unique("leaving-manager");
        Users.create(users, leaver, PASSWORD, Role.HIRING_MANAGER);

        assertThat(refusedAssignment(List.of(manager, "nobody-" + manager))).contains("nobody-" + manager);
        assertThat(refusedAssignment(List.of(recruiter))).contains(recruiter + " is not an active hiring manager");
        String vacancy = vacancy("Team Lead", List.of(manager, leaver, manager));
        assertThat(call(HttpRequest.GET("/api/v1/vacancies/" + vacancy)).get("hiringManagers"))
                .extracting(JsonNode::asText)
                .containsExactlyInAnyOrder(manager, leaver);

        deactivate(leaver);
        assertThat(refusedAssignment(List.of(leaver))).contains(leaver);
        JsonNode edited = call(HttpRequest.PUT(
                "/api/v1/vacancies/" + vacancy,
                Map.of(
                        "title",
                        "Team Lead (Java)",
                        "language",
                        "en",
                        "version",
                        0,
                        "hiringManagers",
                        List.of(manager, leaver))));
        assertThat(edited.get("hiringManagers"))
                .as("an assigned one stays, deactivated or not")
                .hasSize(2);
        JsonNode unassigned = call(HttpRequest.PUT(
                "/api/v1/vacancies/" + vacancy,
                Map.of("title", "Team Lead (Java)", "language", "en", "version", 1, "hiringManagers", List.of())));
        assertThat(unassigned.get("hiringManagers")).isEmpty();
        problem(asManager(HttpRequest.GET("/api/v1/vacancies/" + vacancy)), 404);
    }

    private String refusedAssignment(List<String> hiringManagers) throws Exception {
        var body = Map.of("title", "Refused", "language", "en", "hiringManagers", hiringManagers);
        return problem(auth(HttpRequest.POST("/api/v1/vacancies", body)), 400)
                .get("detail")
                .asText();
    }

    private void deactivate(String username) {
        JsonNode all = call(HttpRequest.GET("/api/v1/users"));
        for (JsonNode user : all) {
            if (user.get("username").asText().equals(username)) {
                client.toBlocking()
                        .exchange(auth(HttpRequest.DELETE(
                                "/api/v1/users/" + user.get("id").asText())));
            }
        }
    }

    private String vacancy(String title, List<String> hiringManagers) {
        var body = Map.of(
                "title", title, "language", "en", "mustHaveSkills", List.of("Java"), "hiringManagers", hiringManagers);
        return call(HttpRequest.POST("/api/v1/vacancies", body)).get("id").asText();
    }

    private String jobDescription(String vacancy) {
        return call(HttpRequest.POST("/api/v1/vacancies/" + vacancy + "/job-description", ""))
                .get("id")
                .asText();
    }

    private JsonNode readAsManager(String uri) {
        return client.toBlocking().retrieve(asManager(HttpRequest.GET(uri)), JsonNode.class);
    }

    private <T> MutableHttpRequest<T> asManager(MutableHttpRequest<T> request) {
        return request.bearerAuth(managerToken);
    }

    private List<String> ids(MutableHttpRequest<?> request) {
        return ids(client.toBlocking().retrieve(request, JsonNode.class));
    }

    private static List<String> ids(JsonNode list) {
        return java.util.stream.StreamSupport.stream(list.spliterator(), false)
                .map(node -> node.get("id").asText())
                .toList();
    }
}
