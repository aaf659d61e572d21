package io.hrassist.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.numberOfElementsToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A recruiter's day in a real browser, against the real UI and API, with the test playing the functions' part. Each test
 * stands on its own: it signs in and makes the vacancy it needs through the API.
 */
@MicronautTest
class BrowserTest extends BrowserUiTest {

    @Test
    void logsIn() {
        driver.get(ui("/login").toString());
        driver.manage().deleteAllCookies();
        driver.get(ui("/vacancies").toString());
        wait.until(urlContains("/login"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        driver.findElement(By.id("password")).sendKeys(TestApi.ADMIN_PASSWORD);
        Browser.screenshot(driver, "login");
        driver.findElement(By.id("login-submit")).click();
        wait.until(textToBePresentInElementLocated(By.tagName("h1"), "Vacancies"));
        assertThat(driver.manage().getCookieNamed("hr_session").isHttpOnly()).isTrue();
        assertThat(driver.executeScript("return document.cookie")).asString().doesNotContain("hr_session");
    }

    @Test
    void createsVacancyWithSkillChips() {
        Browser.signIn(driver, server.getURI());
        driver.findElement(By.id("new-vacancy")).click();
        driver.findElement(By.id("title")).sendKeys("Senior Backend Engineer");
        new Select(driver.findElement(By.id("seniority"))).selectByValue("senior");
        driver.findElement(By.id("location")).sendKeys("Berlin");
        var must = driver.findElement(By.id("mustHaveSkills-entry"));
        must.sendKeys("Java", Keys.ENTER);
        must.sendKeys("PostgreSQL", Keys.ENTER);
        must.sendKeys("Kubernetes", Keys.ENTER);
        driver.findElement(By.id("niceToHaveSkills-entry")).sendKeys("Kafka", Keys.ENTER);
        assertThat(driver.findElements(By.cssSelector(".chip"))).hasSize(4);
        driver.findElement(By.cssSelector("button[aria-label='Remove Kubernetes']"))
                .click();
        click(By.id("save-vacancy"));

        wait.until(presenceOfElementLocated(By.id("vacancy-title")));
        UUID vacancy = UUID.fromString(
                driver.getCurrentUrl().replaceAll(".*/vacancies/", "").replaceAll("[#?].*", ""));
        var saved = api.get("/api/v1/vacancies/" + vacancy);
        assertThat(saved.get("mustHaveSkills").toString()).isEqualTo("[\"Java\",\"PostgreSQL\"]");
        assertThat(saved.get("niceToHaveSkills").toString()).isEqualTo("[\"Kafka\"]");

        driver.get(ui("/vacancies?q=Backend").toString());
        assertThat(driver.findElement(By.id("vacancy-rows")).getText()).contains("Senior Backend Engineer");
        Browser.screenshot(driver, "vacancies");
    }

    @Test
    void aVacancyThatWouldScoreAProtectedTraitIsRefusedAndSaysWhyInThePageLanguage() {
        Browser.signIn(driver, server.getURI());
        Browser.language(driver, server.getURI(), "ru");
        try {
            driver.get(ui("/vacancies/new").toString());
            driver.findElement(By.id("title")).sendKeys("Администратор салона");
            var must = driver.findElement(By.id("mustHaveSkills-entry"));
            must.sendKeys("Excel", Keys.ENTER);
            must.sendKeys("Female", Keys.ENTER);
            driver.findElement(By.id("niceToHaveSkills-entry")).sendKeys("Без детей", Keys.ENTER);
            expectedErrors.add("status of 400");
            click(By.id("save-vacancy"));

            var reasons = wait.until(presenceOfElementLocated(By.id("protected-traits")))
                    .findElements(By.tagName("li"));
            assertThat(reasons)
                    .extracting(WebElement::getText)
                    .containsExactly(
                            "Обязательные навыки: «Female» — защищённый признак (пол), по нему нельзя оценивать"
                                    + " кандидатов. Уберите его из вакансии.",
                            "Желательные навыки: «Без детей» — защищённый признак (семейное положение), по нему"
                                    + " нельзя оценивать кандидатов. Уберите его из вакансии.");
            assertThat(driver.findElements(By.cssSelector(".chip")))
                    .as("the form keeps what was typed")
                    .hasSize(3);
        } finally {
            Browser.language(driver, server.getURI(), "en");
        }
    }

    @Test
    void generatesJobDescriptionAndHighlightsWarnings() {
        UUID vacancy = openNewVacancy();
        click(By.id("generate-jd"));
        wait.until(presenceOfElementLocated(By.cssSelector("#jd-panel .task-progress")));

        api.deliver(Results.JD, api.latestTask(vacancy, "JOB_DESCRIPTION"), Results.jobDescription());

        var mark = wait.until(presenceOfElementLocated(By.cssSelector("#jd-html mark")));
        assertThat(mark.getText()).isEqualTo("rockstar");
        assertThat(mark.getAttribute("title"))
                .isEqualTo("Masculine-coded word that discourages some applicants. — skilled");
        assertThat(driver.findElement(By.cssSelector("#jd-html h1")).getText()).isEqualTo("Senior Backend Engineer");
        assertThat(driver.findElement(By.id("jd-html")).getText()).contains("<script>");
        assertThat(driver.findElement(By.id("jd-warnings")).getText()).contains("skilled");
        assertThat(driver.findElement(By.id("download-jd")).getAttribute("href"))
                .endsWith("/job-description.md");
        Browser.screenshot(driver, "vacancy-job-description");
    }

    @Test
    void generatesQuestionsAndFiltersByType() {
        UUID vacancy = openNewVacancy();
        click(By.id("generate-questions"));
        wait.until(presenceOfElementLocated(By.cssSelector("#questions-panel .task-progress")));

        api.deliver(Results.QUESTIONS, api.latestTask(vacancy, "INTERVIEW_QUESTIONS"), Results.questions());

        wait.until(numberOfElementsToBe(By.cssSelector("#question-list .question"), 3));
        wait.until(d -> "question-results".equals(d.switchTo().activeElement().getAttribute("id")));
        new Select(driver.findElement(By.id("question-filter"))).selectByValue("BEHAVIORAL");
        wait.until(numberOfElementsToBe(By.cssSelector("#question-list .question"), 1));
        assertThat(driver.findElement(By.cssSelector("#question-list .question"))
                        .getAttribute("data-type"))
                .isEqualTo("BEHAVIORAL");
        String question = driver.findElement(By.cssSelector("#question-list .question .question-text"))
                .getText();

        driver.get(driver.findElement(By.id("interview-kit")).getAttribute("href"));
        assertThat(driver.findElements(By.cssSelector(".kit-questions .kit-question")))
                .as("the printed kit holds the questions shown, not all of them")
                .singleElement()
                .satisfies(q -> assertThat(q.getText()).startsWith(question));
    }

    @Test
    void uploadsTwoResumesAndRanksThem() throws Exception {
        UUID vacancy = openNewVacancy();
        Path dir = Files.createTempDirectory("resumes");
        Path alice = Files.writeString(dir.resolve("alice.txt"), "Alice. Built services in Java 17 for 6 years.");
        Path bob = Files.writeString(dir.resolve("bob.txt"), "Bob. Wrote some Java in school.");
        driver.findElement(By.id("resume-files")).sendKeys(alice + "\n" + bob);
        wait.until(numberOfElementsToBe(By.cssSelector("#upload-progress .upload-done"), 2));
        wait.until(numberOfElementsToBe(By.cssSelector("#candidate-table .candidate-row"), 2));

        for (var candidate : api.get("/api/v1/vacancies/" + vacancy + "/candidates")) {
            boolean isAlice = candidate.get("fileName").asText().equals("alice.txt");
            UUID task = UUID.fromString(candidate.get("evaluationTaskId").asText());
            api.deliver(
                    Results.EVALUATION,
                    task,
                    isAlice
                            ? Results.evaluation(86, "Built services in Java 17", null)
                            : Results.evaluation(41, "Wrote some Java", "HIDDEN_TEXT"));
        }

        wait.until(numberOfElementsToBe(By.cssSelector("#candidate-table .score-bar"), 2));
        var rows = driver.findElements(By.cssSelector("#candidate-table .candidate-row"));
        assertThat(rows.get(0).getAttribute("data-candidate")).isEqualTo("alice.txt");
        assertThat(rows.get(0).findElement(By.cssSelector(".score-bar")).getAttribute("aria-valuenow"))
                .isEqualTo("86");
        assertThat(rows.get(0).findElement(By.cssSelector(".progress-bar")).getAttribute("style"))
                .isEqualTo("width: 86%;");
        var flag = rows.get(1).findElement(By.cssSelector(".flag-badge"));
        assertThat(flag.getText()).isEqualTo("Hidden text");
        assertThat(flag.getAttribute("title")).contains("cannot see");

        click(rows.get(0).findElement(By.tagName("summary")));
        assertThat(rows.get(0).findElement(By.cssSelector(".quotes q")).getText())
                .isEqualTo("Built services in Java 17");
        driver.executeScript("document.getElementById('candidates').scrollIntoView({behavior: 'instant'})");
        Browser.screenshot(driver, "candidates");
    }

    @Test
    void switchesToRussian() {
        openNewVacancy();
        click(By.id("lang-ru"));
        wait.until(textToBePresentInElementLocated(By.id("jd-heading"), "Описание вакансии"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ru");
        assertThat(driver.findElement(By.id("candidates-heading")).getText()).isEqualTo("Кандидаты");
        click(By.id("lang-en"));
        wait.until(textToBePresentInElementLocated(By.id("jd-heading"), "Job description"));
    }

    @Test
    void logsOut() throws Exception {
        Browser.signIn(driver, server.getURI());
        String token = driver.manage().getCookieNamed("hr_session").getValue();
        click(By.id("logout"));
        wait.until(textToBePresentInElementLocated(By.id("login-message"), "You have signed out"));
        driver.get(ui("/vacancies").toString());
        wait.until(urlContains("/login"));
        var call = HttpRequest.newBuilder(api.url().resolve("/api/v1/vacancies?limit=1"))
                .header("Authorization", "Bearer " + token)
                .build();
        assertThat(HttpClient.newHttpClient()
                        .send(call, HttpResponse.BodyHandlers.discarding())
                        .statusCode())
                .as("the token after logout")
                .isEqualTo(401);
    }

    @Test
    void expiredTokenSendsBackToLogin() throws Exception {
        driver.get(ui("/login").toString());
        driver.manage()
                .addCookie(new Cookie.Builder("hr_session", expiredToken())
                        .path("/")
                        .isHttpOnly(true)
                        .build());
        driver.get(ui("/vacancies").toString());
        wait.until(urlContains("/login?m=expired"));
        assertThat(driver.findElement(By.id("login-message")).getText()).contains("Your session has expired");
    }

    /** Signs in and opens a vacancy just made through the API: a senior backend engineer in Berlin (Java, PostgreSQL). */
    private UUID openNewVacancy() {
        Browser.signIn(driver, server.getURI());
        UUID vacancy = UUID.fromString(api.post(
                        "/api/v1/vacancies",
                        "{\"title\":\"Senior Backend Engineer\",\"language\":\"en\",\"seniority\":\"senior\","
                                + "\"location\":\"Berlin\",\"mustHaveSkills\":[\"Java\",\"PostgreSQL\"],"
                                + "\"niceToHaveSkills\":[\"Kafka\"]}")
                .get("id")
                .asText());
        driver.get(ui("/vacancies/" + vacancy).toString());
        wait.until(presenceOfElementLocated(By.id("vacancy-title")));
        return vacancy;
    }

    /** Clicks like a person who scrolled the element into the middle of the screen first. */
    private void click(By by) {
        click(wait.until(ExpectedConditions.elementToBeClickable(by)));
    }

    private void click(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        try {
            element.click();
        } catch (RuntimeException e) {
            Browser.screenshot(driver, "failed-click");
            System.out.println("DEBUG "
                    + driver.executeScript(
                            "const r = arguments[0].getBoundingClientRect(); return [innerWidth, innerHeight, r.x, r.y,"
                                    + " document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)?.outerHTML,"
                                    + " document.documentElement.scrollHeight, scrollY]",
                            element));
            throw e;
        }
    }

    /** A token the API itself would have signed, but expired an hour ago. */
    private static String expiredToken() throws Exception {
        long now = System.currentTimeMillis() / 1000;
        var b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8));
        String claims = b64.encodeToString(("{\"sub\":\"admin\",\"roles\":[\"ADMIN\"],\"iat\":" + (now - 7200)
                        + ",\"nbf\":" + (now - 7200) + ",\"exp\":" + (now - 3600) + "}")
                .getBytes(StandardCharsets.UTF_8));
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(TestApi.JWT_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = b64.encodeToString(mac.doFinal((header + "." + claims).getBytes(StandardCharsets.UTF_8)));
        return header + "." + claims + "." + signature;
    }
}
