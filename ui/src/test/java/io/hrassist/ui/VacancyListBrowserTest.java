package io.hrassist.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The vacancy list a recruiter works from: search by skill, candidate counts, status filter with archived vacancies
 * apart, sorting and pages — in a real browser, through htmx and without it.
 */
@MicronautTest
class VacancyListBrowserTest extends UiTest {

    private final String marker = "Vl" + UUID.randomUUID().toString().substring(0, 6);
    private ChromeDriver driver;
    private WebDriverWait wait;
    private UUID busy;
    private UUID archived;

    @BeforeAll
    void createVacanciesAndSignIn() {
        for (int i = 0; i < 26; i++) {
            vacancy("Clerk " + i, "Filing");
        }
        busy = vacancy("Nurse", "Triage " + marker);
        api.upload(busy, "ann.txt", "Ann Lee. Triage nurse since 2015.");
        api.upload(busy, "bob.txt", "Bob Ray. Triage in A&E since 2019.");
        archived = vacancy("Archivist", "Cataloguing");
        api.put("/api/v1/vacancies/" + archived + "/status", "{\"status\":\"ARCHIVED\"}");
        driver = Browser.start();
        wait = Browser.waiting(driver);
        Browser.signIn(driver, ui("/"));
    }

    @AfterAll
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void findsBySkillAndCountsCandidates() {
        driver.get(ui("/vacancies").toString());
        driver.findElement(By.id("q")).sendKeys("triage " + marker.toLowerCase());

        wait.until(d -> titles().size() == 1);
        assertThat(titles()).containsExactly(marker + " Nurse");
        assertThat(driver.findElement(By.cssSelector("#vacancy-rows .vacancy-candidates"))
                        .getText())
                .isEqualTo("2");
        assertThat(driver.getCurrentUrl()).contains("q=triage");
    }

    @Test
    void archivedVacanciesAreApartAndPagesCarryTheFilters() {
        driver.get(ui("/vacancies?q=" + marker).toString());
        assertThat(driver.findElement(By.id("vacancy-range")).getText()).isEqualTo("1–25 of 27");
        assertThat(titles()).doesNotContain(marker + " Archivist");

        new Select(driver.findElement(By.id("sort"))).selectByValue("CANDIDATES");
        wait.until(d -> String.valueOf(
                        driver.executeScript("return document.getElementById('vacancies-next').getAttribute('href')"))
                .contains("sort=CANDIDATES"));
        assertThat(titles().get(0)).isEqualTo(marker + " Nurse");
        Browser.click(driver, driver.findElement(By.id("vacancies-next")));
        wait.until(textToBePresentInElementLocated(By.id("vacancy-range"), "26–27 of 27"));
        assertThat(driver.getCurrentUrl()).contains("page=2", "sort=CANDIDATES");

        new Select(driver.findElement(By.id("status"))).selectByValue("ARCHIVED");
        wait.withMessage(() -> "listed: " + titles() + " at " + driver.getCurrentUrl())
                .until(d -> titles().contains(marker + " Archivist") && !titles().contains(marker + " Nurse"));
        assertThat(driver.findElements(By.cssSelector("#vacancy-rows .vacancy-archived")))
                .as("only archived ones (another test archives one too)")
                .hasSize(titles().size());
        assertThat(driver.findElement(By.cssSelector("#vacancy-rows .vacancy-archived"))
                        .getText())
                .isEqualTo("Archived");
    }

    @Test
    void findsByLocationAndShowsClosedOnesUnderTheirStatus() {
        // A place of its own (not the marker, whose search counts the other tests' vacancies)
        String place = "Tromsø-" + UUID.randomUUID().toString().substring(0, 6);
        String title = "Baker in " + place;
        UUID closed = UUID.fromString(api.post("/api/v1/vacancies", """
                        {"title":"%s","language":"en","location":"%s","mustHaveSkills":["Bread"]}""".formatted(title, place))
                .get("id")
                .asText());
        api.put("/api/v1/vacancies/" + closed + "/status", "{\"status\":\"CLOSED\"}");
        api.post("/api/v1/vacancies", """
                {"title":"Baker","language":"en","location":"Oslo","mustHaveSkills":["Bread"]}""");
        driver.get(ui("/vacancies").toString());
        driver.findElement(By.id("q")).sendKeys(place.toLowerCase(Locale.ROOT));
        wait.until(d -> titles().equals(List.of(title)));
        assertThat(driver.findElement(By.cssSelector("#vacancy-rows .vacancy-closed"))
                        .getText())
                .as("the default list has open and closed ones, each saying which")
                .isEqualTo("Closed");

        new Select(driver.findElement(By.id("status"))).selectByValue("OPEN");
        wait.until(d -> titles().isEmpty());
        new Select(driver.findElement(By.id("status"))).selectByValue("CLOSED");
        wait.until(d -> titles().equals(List.of(title)));
        assertThat(driver.getCurrentUrl()).contains("status=CLOSED");
    }

    @Test
    void aVacancyIsArchivedFromItsPageAfterSayingWhatThatMeans() {
        UUID id = vacancy("Driver", "Licence C");
        driver.get(ui("/vacancies/" + id).toString());

        Browser.follow(driver, By.id("vacancy-archive"));
        assertThat(driver.findElement(By.id("confirm-archive")).getText())
                .contains("Archive this vacancy?", marker + " Driver", "Status: Archived", "reopened");
        Browser.follow(driver, By.id("confirm-no"));
        assertThat(api.get("/api/v1/vacancies/" + id).get("status").asText()).isEqualTo("OPEN");

        Browser.follow(driver, By.id("vacancy-archive"));
        Browser.follow(driver, By.id("confirm-yes"));
        wait.until(d -> d.findElements(By.id("vacancy-archive")).isEmpty());
        JsonNode stored = api.get("/api/v1/vacancies/" + id);
        assertThat(stored.get("status").asText()).isEqualTo("ARCHIVED");
        assertThat(driver.findElement(By.id("vacancy-team")).getText()).contains("Archived");
    }

    private UUID vacancy(String title, String skill) {
        JsonNode created = api.post(
                "/api/v1/vacancies",
                "{\"title\":\"%s %s\",\"language\":\"en\",\"mustHaveSkills\":[\"%s\"]}"
                        .formatted(marker, title, skill));
        return UUID.fromString(created.get("id").asText());
    }

    /** The listed titles, read in one step (htmx may swap the rows between two reads of elements). */
    @SuppressWarnings("unchecked")
    private List<String> titles() {
        return (List<String>) driver.executeScript("return Array.from(document.querySelectorAll("
                + "'#vacancy-rows a.fw-semibold'), a => a.textContent.trim());");
    }
}
