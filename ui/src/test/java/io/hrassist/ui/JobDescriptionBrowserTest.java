package io.hrassist.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;

/**
 * The job description edited in place in a real browser: saved with its version, then shown, copied and downloaded as
 * edited; a warning's suggestion applied with one click; copy and download asking first while flagged phrases remain;
 * two tabs saving the same text, where the second gets the conflict and the first one's text stays.
 */
@MicronautTest
class JobDescriptionBrowserTest extends BrowserUiTest {

    /**
     * Three flagged phrases in the text (one twice, once at a sentence's start; one whose suggestion is advice, not
     * wording) and one the generator replaced.
     */
    static final String FLAGGED = """
            {"title":"Warehouse Lead","language":"en",
             "markdown":"# Warehouse Lead\\n\\nWe want a rockstar who leads the night shift like a ninja.\\n\\nRockstar pay. \
            Drivers under 30 preferred.\\n",
             "sections":[],"warnings":[
              {"phrase":"rockstar","category":"gender-coded","reason":"Masculine-coded jargon.","suggestion":"skilled",
               "severity":"HINT","action":"KEPT","replacement":null},
              {"phrase":"ninja","category":"gender-coded","reason":"Masculine-coded jargon.","suggestion":"expert",
               "severity":"HINT","action":"KEPT","replacement":null},
              {"phrase":"under 30","category":"age","reason":"An age limit is direct age discrimination.",
               "suggestion":"remove; state a legal minimum age only where the law requires one","severity":"UNLAWFUL",
               "action":"KEPT","replacement":null},
              {"phrase":"young","category":"age","reason":"An age limit is direct age discrimination.",
               "suggestion":"remove","severity":"UNLAWFUL","action":"REPLACED","replacement":"motivated"}],
             "assumptions":[],
             "engine":{"name":"offline","model":null,"promptVersion":"jd-offline-1","fallback":false}}
            """;

    private Path downloads;

    @BeforeAll
    void setUpTheBrowser() throws IOException {
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

    @Test
    void anEditIsSavedAndIsWhatIsShownCopiedAndDownloaded() {
        UUID vacancy = vacancyWithJobDescription("Editor", Results.jobDescription());
        driver.get(ui("/vacancies/" + vacancy).toString());

        assertThat(driver.findElement(By.id("copy-jd")).getAttribute("data-confirm"))
                .isEqualTo("1 flagged phrase remains in the text — copy anyway?");
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

        assertThat(driver.findElement(By.id("copy-jd")).getAttribute("data-confirm"))
                .as("no flagged phrase left: nothing to ask")
                .isNull();
        assertThat(driver.findElement(By.id("download-jd")).getAttribute("data-confirm"))
                .isNull();
        Browser.click(driver, driver.findElement(By.id("copy-jd")));
        wait.until(d -> clipboard().contains("Edited by hand."));
        assertThat(clipboard()).doesNotContain("rockstar");
        assertThat(download(true)).startsWith("# Senior Backend Engineer").contains("Edited by hand.");

        driver.navigate().refresh();
        assertThat(wait.until(presenceOfElementLocated(By.id("jd-html"))).getText())
                .contains("Edited by hand.");
        Browser.click(driver, driver.findElement(By.id("edit-jd")));
        wait.until(presenceOfElementLocated(By.id("jd-cancel")));
        Browser.click(driver, driver.findElement(By.id("jd-cancel")));
        wait.until(presenceOfElementLocated(By.id("jd-html")));
        assertThat(driver.findElements(By.id("jd-editor"))).isEmpty();
    }

    @Test
    void aSuggestionIsAppliedWithOneClickAndCopyAndDownloadAskWhileFlaggedPhrasesRemain() {
        UUID vacancy = vacancyWithJobDescription("Warehouse Lead", FLAGGED);
        driver.get(ui("/vacancies/" + vacancy).toString());
        assertThat(driver.findElements(By.cssSelector("#jd-warnings .apply-suggestion")))
                .as("the phrases still in the text whose suggestion is wording, not advice")
                .hasSize(2);

        Browser.click(driver, driver.findElement(By.id("copy-jd")));
        assertThat(wait.until(alertIsPresent()).getText())
                .isEqualTo("3 flagged phrases remain in the text — copy anyway?");
        driver.switchTo().alert().dismiss();
        assertThat(clipboard()).doesNotContain("Warehouse Lead");

        Browser.click(driver, driver.findElement(By.id("apply-suggestion-0")));

        wait.until(textToBePresentInElementLocated(By.id("jd-html"), "We want a skilled who leads"));
        assertThat(driver.findElement(By.id("jd-html")).getText())
                .contains("Skilled pay.")
                .doesNotContainIgnoringCase("rockstar");
        assertThat(driver.findElement(By.id("jd-warnings")).getText())
                .doesNotContain("rockstar")
                .contains("ninja", "under 30", "young");
        assertThat(driver.findElement(By.id("jd-edited")).getText()).contains("admin");
        JsonNode saved = api.get("/api/v1/vacancies/" + vacancy + "/job-description");
        assertThat(saved.get("markdown").asText()).contains("a skilled who").doesNotContain("ockstar");
        assertThat(saved.get("version").asLong()).isZero();

        Browser.click(driver, driver.findElement(By.id("download-jd")));
        assertThat(wait.until(alertIsPresent()).getText())
                .isEqualTo("2 flagged phrases remain in the text — download anyway?");
        driver.switchTo().alert().dismiss();
        Browser.click(driver, driver.findElement(By.id("download-jd")));
        wait.until(alertIsPresent()).accept();
        wait.until(d -> files().stream().anyMatch(p -> p.toString().endsWith(".md")));
        assertThat(files()).as("one download: the one answered yes").hasSize(1);
        assertThat(download(false)).contains("like a ninja", "Skilled pay.");

        Browser.click(driver, driver.findElement(By.cssSelector("#jd-warnings .apply-suggestion")));
        wait.until(textToBePresentInElementLocated(By.id("jd-html"), "like an expert"));
        assertThat(driver.findElements(By.cssSelector("#jd-warnings .apply-suggestion")))
                .isEmpty();
        assertThat(driver.findElement(By.id("jd-warnings")).getText())
                .doesNotContain("ninja")
                .contains("under 30");
        assertThat(api.get("/api/v1/vacancies/" + vacancy + "/job-description")
                        .get("version")
                        .asLong())
                .isEqualTo(1);
        Browser.screenshot(driver, "desktop-en-jd-applied");

        Browser.click(driver, driver.findElement(By.id("copy-jd")));
        assertThat(wait.until(alertIsPresent()).getText())
                .isEqualTo("1 flagged phrase remains in the text — copy anyway?");
        driver.switchTo().alert().accept();
        wait.until(d -> clipboard().contains("like an expert"));
    }

    @Test
    void twoTabsEditingTheJobDescriptionDoNotOverwriteEachOther() {
        UUID vacancy = vacancyWithJobDescription("Courier", Results.checkedJobDescription());
        String page = ui("/vacancies/" + vacancy).toString();
        String first = driver.getWindowHandle();
        driver.get(page);
        Browser.click(driver, driver.findElement(By.id("edit-jd")));
        wait.until(presenceOfElementLocated(By.id("jd-editor")));
        driver.switchTo().newWindow(WindowType.TAB);
        String second = driver.getWindowHandle();
        driver.get(page);
        Browser.click(driver, driver.findElement(By.id("edit-jd")));
        wait.until(presenceOfElementLocated(By.id("jd-editor")));

        driver.switchTo().window(first);
        type("# Courier\n\nFirst tab: deliver parcels by bike.\n");
        Browser.click(driver, driver.findElement(By.id("jd-save")));
        wait.until(textToBePresentInElementLocated(By.id("jd-html"), "First tab"));

        driver.switchTo().window(second);
        type("# Courier\n\nSecond tab: deliver parcels by van.\n");
        Browser.click(driver, driver.findElement(By.id("jd-save")));

        var conflict = wait.until(presenceOfElementLocated(By.id("jd-conflict")));
        assertThat(conflict.getText()).contains("Someone changed this item at the same time.");
        assertThat(driver.findElement(By.id("jd-editor")).getAttribute("value")).contains("Second tab");
        assertThat(driver.findElement(By.id("jd-theirs")).getText()).contains("admin", "First tab");
        assertThat(api.get("/api/v1/vacancies/" + vacancy + "/job-description")
                        .get("markdown")
                        .asText())
                .contains("First tab")
                .doesNotContain("Second tab");

        Browser.click(driver, driver.findElement(By.id("jd-save")));
        wait.until(textToBePresentInElementLocated(By.id("jd-html"), "Second tab"));
        driver.close();
        driver.switchTo().window(first);
    }

    @Test
    void twoTabsEditingTheVacancyDoNotOverwriteEachOther() {
        UUID vacancy = vacancyWithJobDescription("Baker", Results.checkedJobDescription());
        String form = ui("/vacancies/" + vacancy + "/edit").toString();
        String first = driver.getWindowHandle();
        driver.get(form);
        driver.switchTo().newWindow(WindowType.TAB);
        String second = driver.getWindowHandle();
        driver.get(form);

        driver.switchTo().window(first);
        var title = driver.findElement(By.id("title"));
        title.clear();
        title.sendKeys("Head Baker");
        Browser.click(driver, driver.findElement(By.id("save-vacancy")));
        wait.until(textToBePresentInElementLocated(By.id("vacancy-title"), "Head Baker"));

        driver.switchTo().window(second);
        driver.findElement(By.id("location")).sendKeys("Hamburg");
        expectedErrors.add(
                "/vacancies/" + vacancy + " - Failed to load resource: the server responded with a status" + " of 409");
        Browser.click(driver, driver.findElement(By.id("save-vacancy")));

        assertThat(wait.until(presenceOfElementLocated(By.id("form-conflict"))).getText())
                .contains("Someone changed this item at the same time.");
        assertThat(driver.findElement(By.id("location")).getAttribute("value")).isEqualTo("Hamburg");
        assertThat(Axe.seriousViolations(driver))
                .as("the form with its conflict to axe")
                .isEmpty();
        JsonNode stored = api.get("/api/v1/vacancies/" + vacancy);
        assertThat(stored.get("title").asText()).isEqualTo("Head Baker");
        assertThat(stored.path("location").asText("")).isEmpty();
        driver.close();
        driver.switchTo().window(first);
    }

    @Test
    void aFailedTaskSaysWhyInThePageLanguageWithoutTheServersWords() {
        UUID vacancy = vacancyWithJobDescription("Failing", null);
        api.deliver(
                Workspace.TASK_FAILED,
                api.latestTask(vacancy, "JOB_DESCRIPTION"),
                "{\"reason\":\"MODEL_ERROR\",\"detail\":\"maximum context length is 8192 tokens\"}");
        api.post("/api/v1/vacancies/" + vacancy + "/interview-questions", "{\"count\":3}");
        UUID kit = api.latestTask(vacancy, "INTERVIEW_QUESTIONS");
        api.deliver(
                Workspace.TASK_FAILED,
                kit,
                "{\"reason\":\"DELIVERY\",\"detail\":\"Delivery of io.hrassist.questions.requested.v1 failed\"}");
        try {
            Browser.language(driver, server.getURI(), "ru");
            driver.get(ui("/vacancies/" + vacancy).toString());
            assertThat(driver.findElement(By.cssSelector("#jd-panel .task-failure"))
                            .getText())
                    .isEqualTo("Задача не выполнена.");
            assertThat(driver.findElement(By.cssSelector("#questions .task-failure"))
                            .getText())
                    .isEqualTo("Генератор не ответил вовремя, задача не выполнена.");
            assertThat(driver.findElement(By.tagName("main")).getText())
                    .doesNotContain("maximum context", "Delivery of", "MODEL_ERROR");

            Browser.language(driver, server.getURI(), "en");
            driver.get(ui("/vacancies/" + vacancy).toString());
            assertThat(driver.findElement(By.cssSelector("#jd-panel .task-failure-detail"))
                            .getText())
                    .as("in English the function's own words say more")
                    .isEqualTo("maximum context length is 8192 tokens");
            assertThat(driver.findElement(By.cssSelector("#questions .task-failure"))
                            .getText())
                    .isEqualTo("The generator did not answer in time, so the task failed.");
            assertThat(driver.findElements(By.cssSelector("#questions .task-failure-detail")))
                    .isEmpty();
        } finally {
            Browser.language(driver, server.getURI(), "en");
        }
    }

    /** A vacancy whose job description was asked for; {@code result} delivered unless null. */
    private UUID vacancyWithJobDescription(String title, String result) {
        UUID vacancy = UUID.fromString(api.post(
                        "/api/v1/vacancies",
                        "{\"title\":\"%s\",\"language\":\"en\",\"mustHaveSkills\":[\"Java\"]}".formatted(title))
                .get("id")
                .asText());
        api.post("/api/v1/vacancies/" + vacancy + "/job-description", "{}");
        if (result != null) {
            api.deliver(Results.JD, api.latestTask(vacancy, "JOB_DESCRIPTION"), result);
        }
        return vacancy;
    }

    /** Replaces the editor's text. */
    private void type(String text) {
        var editor = driver.findElement(By.id("jd-editor"));
        editor.clear();
        editor.sendKeys(text);
    }

    private String clipboard() {
        return String.valueOf(driver.executeAsyncScript(
                "const done = arguments[0]; navigator.clipboard.readText().then(done, (e) => done('!' + e));"));
    }

    /** Answers the file Download saved, clicking it first when {@code click}. */
    private String download(boolean click) {
        if (click) {
            Browser.click(driver, driver.findElement(By.id("download-jd")));
        }
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
