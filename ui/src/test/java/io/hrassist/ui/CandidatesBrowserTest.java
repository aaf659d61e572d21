package io.hrassist.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent;
import static org.openqa.selenium.support.ui.ExpectedConditions.numberOfElementsToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The candidates section and its neighbours in a real browser: ranks only for scores, a failed evaluation with its
 * reason and a retry, re-evaluation that asks first, evidence that stays open, uploads checked before they leave the
 * browser, a question type required, focus on the result, the deep link kept through sign-in, and nothing shown again
 * by Back after signing out.
 */
@MicronautTest
class CandidatesBrowserTest extends UiTest {

    private ChromeDriver driver;
    private WebDriverWait wait;
    private Workspace work;
    /** Answers the browser logs as errors that a test caused on purpose (a refused upload). */
    private final List<String> expectedErrors = new ArrayList<>();
    /** Whether the page language is English, as the tests but one expect. */
    private boolean english = true;

    @BeforeAll
    void openBrowser() {
        driver = Browser.start();
        wait = Browser.waiting(driver);
    }

    /** Every test on a workspace of its own, signed in afresh as the admin (in English). */
    @BeforeEach
    void signInToAFreshWorkspace() {
        work = Workspace.create(api, "en");
        Browser.session(driver, server.getURI(), "admin", TestApi.ADMIN_PASSWORD);
    }

    @AfterEach
    void failOnConsoleErrors() {
        if (driver != null && !english) {
            Browser.language(driver, server.getURI(), "en");
            english = true;
        }
        if (driver != null) {
            assertThat(Browser.consoleErrors(driver))
                    .as("browser console errors")
                    .allSatisfy(error -> assertThat(expectedErrors)
                            .anySatisfy(e -> assertThat(error).contains(e)));
        }
    }

    @AfterAll
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void returnsToTheDeepLinkAfterSigningIn() {
        signOut();
        String page = "/vacancies/" + work.vacancy() + "?type=BEHAVIORAL";
        driver.get(ui(page).toString());
        wait.until(urlContains("/login?next="));

        driver.findElement(By.id("password")).sendKeys(TestApi.ADMIN_PASSWORD, Keys.ENTER);

        wait.until(d -> d.getCurrentUrl().endsWith(page));
        assertThat(driver.findElements(By.cssSelector("#question-list .question")))
                .hasSize(1);
    }

    @Test
    void keyboardUsersSkipToTheCandidatesAndNothingIsSaidByColourAlone() {
        open();
        new Actions(driver).sendKeys(Keys.TAB).sendKeys(Keys.TAB).perform();
        WebElement skip = driver.switchTo().activeElement();
        assertThat(skip.getAttribute("id")).isEqualTo("skip-candidates");
        assertThat(skip.isDisplayed()).as("shown once focused").isTrue();
        assertThat(skip.getText()).isEqualTo("Skip to candidates");
        skip.sendKeys(Keys.ENTER);
        wait.until(urlContains("#candidates"));

        assertThat(driver.findElements(By.cssSelector(".skills dt")))
                .extracting(WebElement::getText)
                .as("must-have and nice-to-have named in words, not only coloured")
                .containsExactly("Must have:", "Nice to have:");
        assertThat(driver.findElements(By.cssSelector("#candidate-table .flag-badge")))
                .isNotEmpty()
                .allSatisfy(flag -> {
                    assertThat(flag.getAttribute("role")).isEqualTo("note");
                    assertThat(flag.getText()).isNotBlank();
                    String help = flag.getAttribute("aria-describedby");
                    assertThat(driver.findElement(By.id(help)).getAttribute("textContent"))
                            .isNotBlank();
                });
    }

    @Test
    void ranksOnlyCandidatesWithAScore() {
        open();
        assertThat(rank("alice.txt")).isEqualTo("1");
        assertThat(rank("bob.txt")).isEqualTo("2");
        assertThat(row("carol.txt").findElements(By.cssSelector(".rank"))).isEmpty();
        assertThat(row("dave.txt").findElements(By.cssSelector(".rank"))).isEmpty();
        assertThat(row("dave.txt").getText()).contains("Evaluating");
    }

    @Test
    void aFailedEvaluationSaysWhyAndOffersARetry() {
        open();
        WebElement carol = row("carol.txt");
        assertThat(carol.findElement(By.cssSelector(".failure-reason")).getText())
                .isEqualTo(
                        "The PDF is protected with a password or against copying text. Ask for an unprotected file.");
        assertThat(carol.findElement(By.cssSelector(".retry-evaluation")).isDisplayed())
                .isTrue();
    }

    @Test
    void evidenceStaysOpenWhileTheTableRefreshes() {
        open();
        click(row("alice.txt").findElement(By.tagName("summary")));
        driver.executeScript("document.getElementById('candidates-panel').dataset.seen = 'before'");

        wait.until(d -> driver.executeScript("return document.getElementById('candidates-panel').dataset.seen")
                == null); // dave is still being evaluated: the table refreshes every 2 s

        assertThat(row("alice.txt").findElement(By.tagName("details")).getAttribute("open"))
                .isNotNull();
        assertThat(row("bob.txt").findElement(By.tagName("details")).getAttribute("open"))
                .isNull();
    }

    @Test
    void reEvaluationAsksBeforeClearingTheScores() {
        open();
        click(driver.findElement(By.id("reevaluate")));
        var dialog = wait.until(alertIsPresent());
        assertThat(dialog.getText()).startsWith("Re-evaluate all candidates?");

        dialog.dismiss();

        await("the scores stay")
                .during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(3))
                .until(() -> score("alice.txt") == 86);
        assertThat(row("alice.txt").findElement(By.cssSelector(".score-value")).getText())
                .isEqualTo("86");
    }

    @Test
    void reEvaluationConfirmedClearsTheScoresUntilTheNewOnesArrive() {
        open();
        click(driver.findElement(By.id("reevaluate")));
        wait.until(alertIsPresent()).accept();

        await("every candidate evaluated again").until(() -> status("alice.txt").equals("PENDING"));
        wait.until(d -> row("alice.txt").getText().contains("Evaluating"));
        assertThat(row("alice.txt").findElements(By.cssSelector(".rank"))).isEmpty();
        assertThat(status("bob.txt")).isEqualTo("PENDING");
    }

    @Test
    void resultsMadeBeforeTheSkillsChangedAreMarkedAndRedoneOnlyWhenAsked() {
        var vacancy = api.get("/api/v1/vacancies/" + work.vacancy());
        api.put("/api/v1/vacancies/" + work.vacancy(), """
                {"title":"Senior Java Engineer","language":"en","mustHaveSkills":["Java","PostgreSQL","Kafka"],
                 "version":%d}
                """.formatted(
                        vacancy.get("version").asLong()));
        open();

        assertThat(driver.findElement(By.id("stale-banner")).getText()).contains("those results are out of date");
        assertThat(row("alice.txt").findElement(By.cssSelector(".stale-mark")).getText())
                .isEqualTo("out of date");
        assertThat(driver.findElement(By.id("stale-questions")).getAttribute("href"))
                .endsWith("#questions");

        Browser.follow(driver, By.id("stale-reevaluate"));
        assertThat(driver.findElement(By.cssSelector("#confirm-reevaluate h1")).getText())
                .isEqualTo("Re-evaluate all candidates?");
        Browser.follow(driver, By.id("confirm-no"));
        wait.until(presenceOfElementLocated(By.id("candidate-table")));
        assertThat(score("alice.txt")).as("kept when the recruiter says no").isEqualTo(86);

        Browser.follow(driver, By.id("stale-reevaluate"));
        Browser.follow(driver, By.id("confirm-yes"));
        wait.until(presenceOfElementLocated(By.id("candidate-table")));
        assertThat(status("alice.txt")).isEqualTo("PENDING");
        assertThat(driver.findElements(By.id("stale-reevaluate")))
                .as("no stale score left")
                .isEmpty();
        assertThat(row("alice.txt").findElements(By.cssSelector(".stale-mark"))).isEmpty();

        Browser.follow(driver, By.id("stale-jd"));
        wait.until(presenceOfElementLocated(By.id("stale-banner")));
        assertThat(driver.findElements(By.id("stale-jd")))
                .as("the new job description is on its way")
                .isEmpty();
        assertThat(api.get("/api/v1/tasks/" + api.latestTask(work.vacancy(), "JOB_DESCRIPTION"))
                        .get("status")
                        .asText())
                .isEqualTo("PENDING");
    }

    @Test
    void questionsNeedATypeBeforeAnythingIsSent() {
        open();
        for (var box : driver.findElements(By.cssSelector("#question-types input[type=checkbox]"))) {
            click(box);
        }
        click(driver.findElement(By.id("generate-questions")));

        var error = wait.until(visibilityOfElementLocated(By.id("question-types-error")));
        assertThat(error.getText()).startsWith("Choose at least one question type");
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("qt-TECHNICAL");
        await("nothing sent")
                .during(Duration.ofMillis(500))
                .atMost(Duration.ofSeconds(2))
                .until(() -> api.get("/api/v1/tasks?vacancyId=" + work.vacancy() + "&kind=INTERVIEW_QUESTIONS")
                                .size()
                        == 1);

        click(driver.findElement(By.id("qt-BEHAVIORAL")));
        assertThat(error.isDisplayed()).isFalse();
    }

    @Test
    void uploadsAreCheckedAndExplainedInThePageLanguage() throws Exception {
        open();
        click(driver.findElement(By.id("lang-ru")));
        wait.until(textToBePresentInElementLocated(By.id("candidates-heading"), "Кандидаты"));
        int before =
                api.get("/api/v1/vacancies/" + work.vacancy() + "/candidates").size();
        english = false;
        Path dir = Files.createTempDirectory("uploads");
        Path big = Files.write(dir.resolve("big.txt"), new byte[11 * 1024 * 1024]);
        Path photo = Files.write(dir.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Path empty = Files.write(dir.resolve("zero.txt"), new byte[0]);
        driver.findElement(By.id("resume-files")).sendKeys(big + "\n" + photo + "\n" + empty);

        wait.until(numberOfElementsToBe(By.cssSelector("#upload-progress .upload-failed"), 3));
        var rows = driver.findElements(By.cssSelector("#upload-progress li"));
        assertThat(rows.get(0).getText()).contains("big.txt", "больше 10 МБ", "не загружен");
        assertThat(rows.get(1).getText()).contains("photo.png", "не PDF, не DOCX и не текст");
        assertThat(rows.get(2).getText()).contains("zero.txt", "файл пустой", "не загружен");
        assertThat(driver.findElements(By.cssSelector("#upload-progress progress")))
                .isEmpty();
        assertThat(driver.findElement(By.id("upload-progress")).getText())
                .doesNotContain("maximum", "empty", "content length");
        assertThat(api.get("/api/v1/vacancies/" + work.vacancy() + "/candidates"))
                .hasSize(before);
        assertThat(Axe.seriousViolations(driver)).as("the error rows to axe").isEmpty();
        driver.executeScript(
                "document.getElementById('upload-form').scrollIntoView({block: 'center', behavior: 'instant'})");
        Browser.screenshot(driver, "desktop-ru-upload-errors");
    }

    @Test
    void aFailedEvaluationIsTriedAgainForThatCandidateOnly() {
        open();
        int ranked =
                driver.findElements(By.cssSelector("#candidate-table .rank")).size();

        click(row("carol.txt").findElement(By.cssSelector(".retry-evaluation")));

        wait.ignoring(StaleElementReferenceException.class) // the table is swapped in as the retry is answered
                .until(d -> row("carol.txt").getText().contains("Evaluating"));
        assertThat(status("carol.txt")).isEqualTo("PENDING");
        assertThat(driver.findElements(By.cssSelector("#candidate-table .rank")))
                .as("the others keep their scores and ranks")
                .hasSize(ranked)
                .isNotEmpty();
    }

    @Test
    void focusGoesToTheResultOnceItArrives() {
        UUID vacancy = UUID.fromString(api.post("/api/v1/vacancies", "{\"title\":\"Focus\",\"language\":\"en\"}")
                .get("id")
                .asText());
        driver.get(ui("/vacancies/" + vacancy).toString());
        driver.findElement(By.id("generate-jd")).sendKeys(Keys.ENTER);
        wait.until(presenceOfElementLocated(By.id("jd-progress")));
        wait.until(d -> "jd-progress".equals(d.switchTo().activeElement().getAttribute("id")));

        api.deliver(Results.JD, api.latestTask(vacancy, "JOB_DESCRIPTION"), Results.jobDescription());

        wait.until(presenceOfElementLocated(By.id("jd-result")));
        wait.until(d -> "jd-result".equals(d.switchTo().activeElement().getAttribute("id")));
    }

    @Test
    void backAfterSigningOutShowsNoCandidate() {
        open();
        assertThat(driver.getPageSource()).contains("alice.txt");
        click(driver.findElement(By.id("logout")));
        wait.until(textToBePresentInElementLocated(By.id("login-message"), "You have signed out"));

        driver.navigate().back();

        wait.until(urlContains("/login"));
        await("Back stays on the sign-in page")
                .during(Duration.ofMillis(500))
                .atMost(Duration.ofSeconds(2))
                .until(() -> driver.getCurrentUrl().contains("/login"));
        assertThat(driver.getPageSource()).doesNotContain("alice.txt", "bob.txt");
    }

    @Test
    void aPageTheBrowserKeptInMemoryIsReloadedAfterSigningOut() {
        UUID vacancy = UUID.fromString(api.post("/api/v1/vacancies", "{\"title\":\"Kept\",\"language\":\"en\"}")
                .get("id")
                .asText());
        var erin = api.upload(vacancy, "erin.txt", "Erin, Java for 6 years");
        api.deliver(
                Results.EVALUATION,
                UUID.fromString(erin.get("evaluationTaskId").asText()),
                Results.evaluation(86, "Java for 6 years", null));
        driver.get(ui("/vacancies/" + vacancy).toString()); // nothing pending: the page polls nothing
        wait.until(presenceOfElementLocated(By.cssSelector("#candidate-table .score-value")));
        driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const csrf = document.querySelector('meta[name="csrf-token"]').content;
                fetch('/logout', {method: 'POST', headers: {'X-CSRF-Token': csrf,
                    'Content-Type': 'application/x-www-form-urlencoded'}}).then(() => done());
                """);

        // What Chrome does when Back restores a page from its back/forward cache.
        driver.executeScript("window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}))");

        wait.until(urlContains("/login"));
        assertThat(driver.getPageSource()).doesNotContain("erin.txt");
    }

    private void signOut() {
        driver.get(ui("/login").toString());
        driver.manage().deleteAllCookies();
    }

    private void open() {
        driver.get(ui("/vacancies/" + work.vacancy()).toString());
        wait.until(presenceOfElementLocated(By.id("candidate-table")));
    }

    private WebElement row(String fileName) {
        return driver.findElement(By.cssSelector("#candidate-table tr[data-candidate='" + fileName + "']"));
    }

    private String rank(String fileName) {
        return row(fileName).findElement(By.cssSelector(".rank")).getText();
    }

    private int score(String fileName) {
        return candidate(fileName).path("score").asInt(-1);
    }

    private String status(String fileName) {
        return candidate(fileName).path("evaluationStatus").asText();
    }

    private com.fasterxml.jackson.databind.JsonNode candidate(String fileName) {
        for (var candidate : api.get("/api/v1/vacancies/" + work.vacancy() + "/candidates")) {
            if (candidate.get("fileName").asText().equals(fileName)) {
                return candidate;
            }
        }
        throw new AssertionError("No candidate " + fileName);
    }

    /** Clicks like a person who scrolled the element into the middle of the screen first. */
    private void click(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }
}
