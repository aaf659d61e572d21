package io.hrassist.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The job description edited in place in a real browser: saved with its version, then shown, copied and downloaded as
 * edited; a warning's suggestion applied with one click; copy and download asking first while flagged phrases remain;
 * two tabs saving the same text, where the second gets the conflict and the first one's text stays.
 */
@MicronautTest
class JobDescriptionBrowserTest extends UiTest {

    /** Two flagged phrases in the text (one twice, once at a sentence's start) and one the generator replaced. */
    static final String FLAGGED = """
            {"title":"Warehouse Lead","language":"en",
             "markdown":"# Warehouse Lead\\n\\nWe want a rockstar who leads the night shift like a ninja.\\n\\nRockstar pay.\\n",
             "sections":[],"warnings":[
              {"phrase":"rockstar","category":"gender-coded","reason":"Masculine-coded jargon.","suggestion":"skilled",
               "severity":"HINT","action":"KEPT","replacement":null},
              {"phrase":"ninja","category":"gender-coded","reason":"Masculine-coded jargon.","suggestion":"expert",
               "severity":"HINT","action":"KEPT","replacement":null},
              {"phrase":"young","category":"age","reason":"An age limit is direct age discrimination.",
               "suggestion":"remove","severity":"UNLAWFUL","action":"REPLACED","replacement":"motivated"}],
             "assumptions":[],
             "engine":{"name":"offline","model":null,"promptVersion":"jd-offline-1","fallback":false}}
            """;

    private ChromeDriver driver;
    private WebDriverWait wait;
    private Path downloads;

    @BeforeAll
    void openBrowser() throws IOException {
        driver = Browser.start();
        wait = Browser.waiting(driver);
        downloads = Files.createTempDirectory("hr-assist-downloads");
        driver.executeCdpCommand(
                "Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        Browser.signIn(driver, server.getURI());
        driver.executeCdpCommand(
                "Browser.grantPermissions",
                Map.of(
                        "origin",
                        server.getURI().toString().replaceAll("/$", ""),
                        "permissions",
                        List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    }

    @AfterEach
    void failOnConsoleErrors() {
        if (driver != null) {
            assertThat(Browser.consoleErrors(driver))
                    .as("browser console errors")
                    .isEmpty();
        }
    }

    @AfterAll
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void anEditIsSavedAndIsWhatIsShownCopiedAndDownloaded() {
        UUID vacancy = vacancyWithJobDescription("Editor", Results.jobDescription());
        driver.get(ui("/vacancies/" + vacancy).toString());

        Browser.click(driver, driver.findElement(By.id("edit-jd")));
        var editor = wait.until(presenceOfElementLocated(By.id("jd-editor")));
        assertThat(editor.getAttribute("value"))
                .startsWith("# Senior Backend Engineer")
                .contains("rockstar");
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("jd-editor");
        editor.clear();
        editor.sendKeys("# Senior Backend Engineer\n\nWe are looking for a skilled engineer. Edited by hand.\n");
        Browser.click(driver, driver.findElement(By.id("jd-save")));

        wait.until(textToBePresentInElementLocated(By.id("jd-html"), "Edited by hand."));
        assertThat(driver.findElement(By.id("jd-edited")).getText()).contains("Edited", "admin", "UTC");
        assertThat(driver.findElements(By.cssSelector("#jd-html mark"))).isEmpty();
        JsonNode saved = api.get("/api/v1/vacancies/" + vacancy + "/job-description");
        assertThat(saved.get("version").asLong()).isZero();
        assertThat(saved.get("markdown").asText()).contains("Edited by hand.");

        Browser.click(driver, driver.findElement(By.id("copy-jd")));
        wait.until(d -> clipboard().contains("Edited by hand."));
        assertThat(clipboard()).doesNotContain("rockstar");
        assertThat(download()).startsWith("# Senior Backend Engineer").contains("Edited by hand.");

        driver.navigate().refresh();
        assertThat(wait.until(presenceOfElementLocated(By.id("jd-html"))).getText())
                .contains("Edited by hand.");
        Browser.click(driver, driver.findElement(By.id("edit-jd")));
        wait.until(presenceOfElementLocated(By.id("jd-cancel")));
        Browser.click(driver, driver.findElement(By.id("jd-cancel")));
        wait.until(presenceOfElementLocated(By.id("jd-html")));
        assertThat(driver.findElements(By.id("jd-editor"))).isEmpty();
    }

    private UUID vacancyWithJobDescription(String title, String result) {
        UUID vacancy = UUID.fromString(api.post(
                        "/api/v1/vacancies",
                        "{\"title\":\"%s\",\"language\":\"en\",\"mustHaveSkills\":[\"Java\"]}".formatted(title))
                .get("id")
                .asText());
        api.post("/api/v1/vacancies/" + vacancy + "/job-description", "{}");
        api.deliver(Results.JD, api.latestTask(vacancy, "JOB_DESCRIPTION"), result);
        return vacancy;
    }

    private String clipboard() {
        return String.valueOf(driver.executeAsyncScript(
                "const done = arguments[0]; navigator.clipboard.readText().then(done, (e) => done('!' + e));"));
    }

    /** Clicks Download (answering its question, if any, with yes) and answers the file it saved. */
    private String download() {
        Browser.click(driver, driver.findElement(By.id("download-jd")));
        Path file = wait.until(d -> files().stream()
                .filter(p -> p.toString().endsWith(".md"))
                .findFirst()
                .orElse(null));
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Files.delete(file);
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Path> files() {
        try (Stream<Path> listed = Files.list(downloads)) {
            return listed.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
