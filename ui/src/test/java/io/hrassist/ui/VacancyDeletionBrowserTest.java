package io.hrassist.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Deleting a vacancy in a real browser: asked first on its own page that names the vacancy and how many candidates go
 * with it; "keep" keeps it, "delete" erases it and lands on the list with a message; a hiring manager is offered no
 * deletion, nor an edit of the job description.
 */
@MicronautTest
class VacancyDeletionBrowserTest extends BrowserUiTest {

    private static final String PASSWORD = "a long enough manager password";

    @BeforeAll
    void setUpTheBrowser() {
        Browser.signIn(driver, server.getURI());
    }

    @Test
    void aVacancyIsDeletedAfterConfirmationAndKeptOnCancel() {
        UUID vacancy = vacancy("Night Porter");
        api.upload(vacancy, "ann.txt", "Ann Lee. Night porter since 2015.");
        api.upload(vacancy, "bob.txt", "Bob Ray. Hotel reception since 2019.");
        driver.get(ui("/vacancies/" + vacancy).toString());

        Browser.click(driver, driver.findElement(By.id("delete-vacancy")));
        var page = wait.until(presenceOfElementLocated(By.id("confirm-delete")));
        assertThat(page.getText())
                .contains("Delete this vacancy?", "Night Porter", "its candidates (2)", "documents", "for good");
        Browser.click(driver, driver.findElement(By.id("confirm-no")));
        wait.until(presenceOfElementLocated(By.id("vacancy-title")));
        assertThat(api.status("GET", "/api/v1/vacancies/" + vacancy, api.token()))
                .isEqualTo(200);

        Browser.click(driver, driver.findElement(By.id("delete-vacancy")));
        wait.until(presenceOfElementLocated(By.id("confirm-yes")));
        Browser.click(driver, driver.findElement(By.id("confirm-yes")));

        var message = wait.until(presenceOfElementLocated(By.id("vacancy-deleted")));
        assertThat(message.getText()).contains("The vacancy was deleted");
        assertThat(driver.getCurrentUrl()).contains("/vacancies");
        assertThat(driver.findElement(By.id("vacancy-results")).getText()).doesNotContain("Night Porter");
        assertThat(api.status("GET", "/api/v1/vacancies/" + vacancy, api.token()))
                .isEqualTo(404);
    }

    @Test
    void aHiringManagerIsOfferedNoDeletionAndNoEdit() {
        UUID vacancy = vacancy("Sous Chef");
        api.user("hugo", "Hugo Manager", "HIRING_MANAGER", PASSWORD);
        JsonNode read = api.get("/api/v1/vacancies/" + vacancy);
        api.put("/api/v1/vacancies/" + vacancy, """
                {"title":"%s","language":"en","mustHaveSkills":["Cooking"],"hiringManagers":["hugo"],"version":%d}
                """.formatted(
                        read.get("title").asText(), read.get("version").asLong()));
        api.post("/api/v1/vacancies/" + vacancy + "/job-description", "{}");
        api.deliver(Results.JD, api.latestTask(vacancy, "JOB_DESCRIPTION"), JobDescriptionBrowserTest.FLAGGED);
        ChromeDriver manager = Browser.start();
        try {
            Browser.signIn(manager, server.getURI(), "hugo", PASSWORD);
            manager.get(ui("/vacancies/" + vacancy).toString());
            Browser.waiting(manager).until(presenceOfElementLocated(By.id("jd-html")));

            assertThat(manager.findElements(By.id("delete-vacancy"))).isEmpty();
            assertThat(manager.findElements(By.id("edit-jd"))).isEmpty();
            assertThat(manager.findElements(By.cssSelector(".apply-suggestion")))
                    .isEmpty();
            assertThat(manager.findElements(By.id("copy-jd"))).hasSize(1);
            manager.get(ui("/vacancies/" + vacancy + "/delete").toString());
            assertThat(manager.findElement(By.tagName("h1")).getText()).isNotEqualTo("Delete this vacancy?");
            assertThat(manager.findElements(By.id("confirm-yes"))).isEmpty();
            assertThat(api.status("GET", "/api/v1/vacancies/" + vacancy, api.token()))
                    .isEqualTo(200);
        } finally {
            manager.quit();
        }
    }

    private UUID vacancy(String title) {
        return UUID.fromString(api.post(
                        "/api/v1/vacancies",
                        "{\"title\":\"%s\",\"language\":\"en\",\"mustHaveSkills\":[\"Cooking\"]}".formatted(title))
                .get("id")
                .asText());
    }
}
