package io.hrassist.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The hiring team in two real browsers side by side: a recruiter who creates a vacancy for a hiring manager, uploads
 * resumes and decides; the manager who sees only that vacancy, no button they may not use, and the others' interview
 * feedback only once theirs is in; an admin who adds and deactivates users (whose session then ends); a password
 * change; an erasure. Each test stands on its own: a vacancy of its own with two evaluated candidates and a kit, made
 * through the API for a hiring manager of its own, and both browsers signed in afresh.
 */
@MicronautTest
class TeamBrowserTest extends UiTest {

    private static final String PASSWORD = "a long enough team password";

    private ChromeDriver recruiter;
    private ChromeDriver manager;
    /** This test's hiring manager: a new one each test, so that "their vacancies" are this test's alone. */
    private String max;

    private UUID vacancy;
    /** Answers the browsers log as errors that a test caused on purpose (a refused upload). */
    private final List<String> expectedErrors = new ArrayList<>();

    @BeforeAll
    void openBrowsers() {
        recruiter = Browser.start();
        manager = Browser.start();
        api.user("rita", "Rita Recruiter", "RECRUITER", PASSWORD);
        api.post("/api/v1/vacancies", "{\"title\":\"Someone else's vacancy\",\"language\":\"en\"}");
    }

    @BeforeEach
    void aVacancyOfTheTeam() {
        expectedErrors.clear();
        max = "max-" + UUID.randomUUID().toString().substring(0, 8);
        api.user(max, "Max Manager", "HIRING_MANAGER", PASSWORD);
        vacancy = UUID.fromString(api.as(
                        api.login("rita", PASSWORD),
                        "POST",
                        "/api/v1/vacancies",
                        "{\"title\":\"Platform Engineer\",\"language\":\"en\",\"mustHaveSkills\":[\"Java\"],"
                                + "\"hiringManagers\":[\"%s\"]}".formatted(max))
                .get("id")
                .asText());
        api.post("/api/v1/vacancies/" + vacancy + "/interview-questions", "{\"count\":3}");
        api.deliver(Results.QUESTIONS, api.latestTask(vacancy, "INTERVIEW_QUESTIONS"), Workspace.questions(false));
        evaluate(api.upload(vacancy, "alice.txt", resume("alice.txt")), "Alice Example", 86);
        evaluate(api.upload(vacancy, "bob.txt", resume("bob.txt")), "Bob Example", 41);
        signIn(recruiter, "rita");
        signIn(manager, max);
    }

    @AfterEach
    void failOnConsoleErrors() {
        for (ChromeDriver driver : List.of(recruiter, manager)) {
            assertThat(Browser.consoleErrors(driver))
                    .as("browser console errors")
                    .allSatisfy(error -> assertThat(expectedErrors)
                            .anySatisfy(e -> assertThat(error).contains(e)));
        }
    }

    @AfterAll
    void closeBrowsers() {
        for (ChromeDriver driver : new ChromeDriver[] {recruiter, manager}) {
            if (driver != null) {
                driver.quit();
            }
        }
    }

    @Test
    void theHeaderNamesTheUserAndTheirRole() {
        recruiter.get(ui("/vacancies").toString());
        assertThat(recruiter.findElement(By.id("who")).getText()).contains("Rita Recruiter", "Recruiter");
        for (ChromeDriver driver : List.of(recruiter, manager)) {
            driver.get(ui("/vacancies").toString());
            for (String adminOnly : List.of("nav-users", "nav-audit")) {
                assertThat(driver.findElements(By.id(adminOnly)))
                        .as(adminOnly + " is for admins")
                        .isEmpty();
            }
        }
        assertThat(manager.findElement(By.id("who")).getText()).contains("Max Manager", "Hiring manager");
    }

    @Test
    void pagesForAdminsAnswerOthersWithTheForbiddenPage() {
        expectedErrors.add("status of 403");
        for (ChromeDriver driver : List.of(recruiter, manager)) {
            for (String page : List.of("/users", "/audit")) {
                driver.get(ui(page).toString());
                assertThat(driver.getTitle()).as(page).contains("Not allowed");
                assertThat(driver.findElements(By.id("audit-table"))).isEmpty();
                assertThat(driver.findElements(By.id("create-user"))).isEmpty();
            }
        }
    }

    @Test
    void theRecruiterCreatesAVacancyForTheManagerAndUploadsResumes() {
        recruiter.get(ui("/vacancies/new").toString());
        recruiter.findElement(By.id("title")).sendKeys("Platform Engineer");
        recruiter.findElement(By.id("mustHaveSkills-entry")).sendKeys("Java", Keys.ENTER);
        click(recruiter, recruiter.findElement(By.id("hm-" + max)));
        click(recruiter, recruiter.findElement(By.id("save-vacancy")));
        wait(recruiter).until(d -> d.getCurrentUrl().matches(".*/vacancies/[0-9a-f-]{36}$"));
        vacancy = UUID.fromString(recruiter.getCurrentUrl().replaceAll(".*/vacancies/", ""));
        assertThat(recruiter.findElement(By.id("vacancy-team")).getText()).contains(max);

        click(recruiter, recruiter.findElement(By.id("generate-questions")));
        UUID kit = api.latestTask(vacancy, "INTERVIEW_QUESTIONS");
        api.deliver(Results.QUESTIONS, kit, Workspace.questions(false));
        recruiter.findElement(By.id("resume-files")).sendKeys(file("alice.txt") + "\n" + file("bob.txt"));
        wait(recruiter)
                .until(d -> d.findElements(By.cssSelector("#candidate-table .candidate-row"))
                                .size()
                        == 2);
        for (JsonNode c : api.get("/api/v1/vacancies/" + vacancy + "/candidates")) {
            boolean alice = c.get("fileName").asText().equals("alice.txt");
            api.deliver(
                    Results.EVALUATION,
                    UUID.fromString(c.get("evaluationTaskId").asText()),
                    alice
                            ? Team.evaluationOf("Alice Example", "alice@example.com", 86)
                            : Team.evaluationOf("Bob Example", "bob@example.com", 41));
        }

        recruiter.navigate().refresh();
        wait(recruiter)
                .until(d -> d.findElements(By.cssSelector(".candidate-link")).size() == 2);
        assertThat(recruiter.findElements(By.cssSelector(".candidate-link")))
                .extracting(WebElement::getText)
                .containsExactly("Alice Example", "Bob Example");
        assertThat(recruiter.findElement(By.id("score-advice")).getText())
                .isEqualTo("The score is advice; people decide.");
        assertThat(recruiter
                        .findElement(By.cssSelector("#candidate-table .stage-badge"))
                        .getText())
                .isEqualTo("New");
    }

    @Test
    void theRecruiterShortlistsAndARejectionNeedsAReason() {
        expectedErrors.add("status of 400"); // the refused form comes back as 400
        openCandidate(recruiter, "Alice Example");
        assertThat(recruiter.findElement(By.id("contact")).getText()).contains("alice@example.com");
        assertThat(stageOffered(recruiter)).as("the next stage comes first").isEqualTo("SHORTLISTED");
        move(recruiter, "SHORTLISTED", "");
        assertThat(recruiter.findElement(By.id("candidate-stage")).getText()).isEqualTo("Shortlisted");
        assertThat(stageOffered(recruiter)).isEqualTo("INTERVIEW");
        assertThat(recruiter
                        .findElement(By.cssSelector("#history .history-row"))
                        .getText())
                .contains("rita", "New", "Shortlisted");

        openCandidate(recruiter, "Bob Example");
        move(recruiter, "REJECTED", "");
        assertThat(recruiter.findElement(By.id("stage-error")).getText()).contains("A rejection needs a reason");
        assertThat(recruiter.findElement(By.id("candidate-stage")).getText()).isEqualTo("New");
        move(recruiter, "REJECTED", "Not enough Java");
        assertThat(recruiter.findElement(By.id("candidate-stage")).getText()).isEqualTo("Rejected");
        assertThat(recruiter.findElement(By.id("history")).getText()).contains("Not enough Java");
    }

    @Test
    void theManagerSeesOnlyTheirVacancyAndNoButtonsTheyMayNotUse() {
        manager.get(ui("/vacancies").toString());
        assertThat(manager.findElements(By.cssSelector("#vacancy-rows a.fw-semibold")))
                .extracting(WebElement::getText)
                .containsExactly("Platform Engineer");
        assertThat(manager.findElements(By.id("new-vacancy"))).isEmpty();
        assertThat(manager.findElements(By.linkText("Edit"))).isEmpty();

        manager.get(ui("/vacancies/" + vacancy).toString());
        for (String absent : List.of(
                "edit-vacancy",
                "vacancy-status",
                "vacancy-archive",
                "delete-vacancy",
                "export-candidates",
                "upload-form",
                "reevaluate",
                "generate-jd",
                "generate-questions")) {
            assertThat(manager.findElements(By.id(absent))).as(absent).isEmpty();
        }
        openCandidate(manager, "Alice Example");
        for (String absent : List.of("stage-form", "erase-candidate", "export-candidate", "reevaluate-candidate")) {
            assertThat(manager.findElements(By.id(absent))).as(absent).isEmpty();
        }
        assertThat(manager.findElement(By.id("download-document")).isDisplayed())
                .isTrue();
    }

    @Test
    void theOriginalDocumentDownloadsAsAnAttachment() {
        for (ChromeDriver driver : List.of(recruiter, manager)) {
            openCandidate(driver, "Alice Example");
            List<?> answer = fetch(driver, driver.findElement(By.id("download-document")));
            assertThat(answer.get(0)).isEqualTo(200L);
            assertThat((String) answer.get(1)).startsWith("text/plain");
            assertThat((String) answer.get(2)).startsWith("attachment; filename=\"alice.txt\"");
            assertThat(answer.get(3)).isEqualTo(resume("alice.txt"));
        }
    }

    @Test
    void theRecruiterExportsTheRankedListAsCsv() {
        recruiter.get(ui("/vacancies/" + vacancy).toString());
        List<?> answer = fetch(recruiter, recruiter.findElement(By.id("export-candidates")));
        assertThat(answer.get(0)).isEqualTo(200L);
        assertThat((String) answer.get(1)).startsWith("text/csv");
        assertThat((String) answer.get(2)).startsWith("attachment; filename=\"candidates-" + vacancy);
        List<String> lines = ((String) answer.get(3)).lines().toList();
        assertThat(lines.get(0)).startsWith("rank,name,stage,score");
        assertThat(lines.subList(1, lines.size()))
                .satisfiesExactly(
                        alice -> assertThat(alice).startsWith("1,Alice Example,NEW,86"),
                        bob -> assertThat(bob).startsWith("2,Bob Example,NEW,41"));
    }

    /**
     * What the browser gets when the link is clicked: the session's cookie sent, as [status, content type,
     * disposition, body].
     */
    private static List<?> fetch(ChromeDriver driver, WebElement link) {
        Object got = driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(async r => done([r.status, r.headers.get('content-type'),"
                        + " r.headers.get('content-disposition'), await r.text()])).catch(e => done(String(e)));",
                link.getAttribute("href"));
        assertThat(got).as("the fetch's answer").isInstanceOf(List.class);
        return (List<?>) got;
    }

    @Test
    void theRecruiterReEvaluatesOneCandidateFromTheirPage() {
        openCandidate(recruiter, "Bob Example");
        String id = recruiter.getCurrentUrl().replaceAll(".*/candidates/([0-9a-f-]{36}).*", "$1");
        UUID before = UUID.fromString(
                api.get("/api/v1/candidates/" + id).get("evaluationTaskId").asText());
        assertThat(recruiter.findElement(By.id("candidate-score")).getText()).contains("41");
        Browser.follow(recruiter, By.id("reevaluate-candidate"));
        wait(recruiter)
                .until(d ->
                        !d.findElements(By.cssSelector(".pending-evaluation")).isEmpty());
        assertThat(recruiter.findElements(By.id("candidate-score")))
                .as("the old score is gone")
                .isEmpty();

        UUID again = UUID.fromString(
                api.get("/api/v1/candidates/" + id).get("evaluationTaskId").asText());
        assertThat(again).isNotEqualTo(before);
        api.deliver(Results.EVALUATION, again, Team.evaluationOf("Bob Example", "bob@example.com", 57));
        recruiter.navigate().refresh();
        wait(recruiter)
                .until(d -> d.findElement(By.id("candidate-score")).getText().contains("57"));
        openCandidate(recruiter, "Alice Example");
        assertThat(recruiter.findElement(By.id("candidate-score")).getText())
                .as("only Bob was evaluated again")
                .contains("86");
    }

    @Test
    void theManagerSeesTheRecruitersFeedbackOnlyAfterGivingTheirOwn() {
        expectedErrors.add("status of 400"); // the refused form comes back as 400
        openCandidate(recruiter, "Alice Example");
        giveFeedback(recruiter, "5", "STRONG_YES", "Explained index scans with a real case.");
        assertThat(recruiter.findElement(By.id("feedback-submitted")).isDisplayed())
                .isTrue();

        openCandidate(manager, "Alice Example");
        assertThat(manager.findElements(By.cssSelector("#feedback-list .feedback-entry")))
                .isEmpty();
        assertThat(manager.findElement(By.id("feedback-hidden")).getText()).startsWith("1 more interviewer");
        giveFeedback(manager, "4", "YES", "");
        assertThat(manager.findElement(By.id("feedback-error")).getText())
                .contains("needs an overall recommendation and a comment");
        assertThat(manager.findElements(By.cssSelector("#feedback-list .feedback-entry")))
                .isEmpty();

        giveFeedback(manager, "4", "YES", "Good on ownership.");
        assertThat(manager.findElements(By.cssSelector("#feedback-list .feedback-entry")))
                .extracting(e -> e.getAttribute("data-interviewer"))
                .containsExactlyInAnyOrder("rita", max);
        assertThat(manager.findElement(By.id("feedback-list")).getText())
                .contains("Explained index scans with a real case.", "Strong yes");
        assertThat(manager.findElements(By.id("feedback-hidden"))).isEmpty();
    }

    @Test
    void theManagerWritesANoteTheRecruiterReads() {
        openCandidate(manager, "Alice Example");
        manager.findElement(By.id("note-text")).sendKeys("Meet the team next week.");
        click(manager, manager.findElement(By.id("note-submit")));
        wait(manager).until(d -> d.findElement(By.id("note-list")).getText().contains("Meet the team next week."));
        openCandidate(recruiter, "Alice Example");
        assertThat(recruiter.findElement(By.cssSelector("#note-list .note")).getText())
                .contains(max, "Meet the team next week.");
    }

    @Test
    void theSameFileAgainNamesTheCandidateWhoHasIt() {
        expectedErrors.add("status of 409");
        recruiter.get(ui("/vacancies/" + vacancy).toString());
        recruiter.findElement(By.id("resume-files")).sendKeys(file("alice.txt"));
        WebElement row = wait(recruiter).until(d -> d.findElement(By.cssSelector("#upload-progress .upload-failed")));
        wait(recruiter)
                .until(d -> !row.findElements(By.cssSelector(".duplicate-link")).isEmpty());
        assertThat(row.getText()).contains("alice.txt: this file was uploaded before, as Alice Example.");
        click(recruiter, row.findElement(By.cssSelector(".duplicate-link")));
        wait(recruiter).until(d -> d.getCurrentUrl().contains("/candidates/"));
        assertThat(recruiter.findElement(By.id("candidate-name")).getText()).isEqualTo("Alice Example");
    }

    @Test
    void erasureRemovesTheCandidateFromTheList() {
        openCandidate(recruiter, "Bob Example");
        String id = recruiter.getCurrentUrl().replaceAll(".*/candidates/([0-9a-f-]{36}).*", "$1");
        Browser.follow(recruiter, recruiter.findElement(By.id("erase-candidate")));
        Browser.follow(recruiter, recruiter.findElement(By.id("confirm-yes")));
        wait(recruiter).until(d -> d.getCurrentUrl().contains("erased=1"));
        assertThat(recruiter.findElement(By.id("erased")).isDisplayed()).isTrue();
        assertThat(recruiter.findElements(By.cssSelector(".candidate-link")))
                .extracting(WebElement::getText)
                .containsExactly("Alice Example");
        assertThat(api.status("GET", "/api/v1/candidates/" + id, api.token())).isEqualTo(404);
    }

    @Test
    void theAdminAddsAUserAndDeactivatingThemEndsTheirSession() {
        expectedErrors.add("status of 400"); // the refused form comes back as 400
        ChromeDriver admin = recruiter;
        admin.manage().deleteAllCookies();
        Browser.signIn(admin, server.getURI());
        admin.get(ui("/users").toString());
        admin.findElement(By.id("username")).sendKeys("nina");
        admin.findElement(By.id("displayName")).sendKeys("Nina New");
        new Select(admin.findElement(By.id("role"))).selectByValue("HIRING_MANAGER");
        admin.findElement(By.id("password")).sendKeys("short");
        Browser.follow(admin, admin.findElement(By.id("create-user")));
        assertThat(admin.findElement(By.id("user-error")).getText()).contains("at least 12 characters");
        admin.findElement(By.id("password")).sendKeys(PASSWORD);
        click(admin, admin.findElement(By.id("create-user")));
        WebElement row = wait(admin).until(d -> d.findElement(By.cssSelector("tr[data-username='nina']")));
        assertThat(row.getText()).contains("Nina New", "Hiring manager", "Active");

        manager.manage().deleteAllCookies();
        Browser.signIn(manager, server.getURI(), "nina", PASSWORD);
        assertThat(manager.findElement(By.id("who")).getText()).contains("Nina New");

        Browser.follow(admin, row.findElement(By.tagName("a")));
        Browser.follow(admin, admin.findElement(By.id("deactivate-user")));
        Browser.follow(admin, admin.findElement(By.id("confirm-yes")));
        wait(admin).until(d -> d.findElement(By.id("user-status")).getText().equals("Deactivated"));

        manager.get(ui("/vacancies").toString());
        wait(manager).until(d -> d.getCurrentUrl().contains("/login"));
        assertThat(manager.findElement(By.tagName("main")).getText()).contains("session has expired");
    }

    @Test
    void aUserChangesTheirPasswordWithTheOldOne() {
        expectedErrors.add("status of 400"); // the refused form comes back as 400
        api.user("paul", "Paul", "RECRUITER", PASSWORD);
        manager.manage().deleteAllCookies();
        Browser.signIn(manager, server.getURI(), "paul", PASSWORD);
        click(manager, manager.findElement(By.id("account-link")));
        changePassword("not the password", "a brand new password 2");
        assertThat(manager.findElement(By.id("password-error")).getText()).contains("current password is wrong");

        changePassword(PASSWORD, "a brand new password 2");
        assertThat(manager.findElement(By.id("password-saved")).isDisplayed()).isTrue();
        manager.get(ui("/vacancies").toString());
        assertThat(manager.getCurrentUrl()).as("this session goes on").endsWith("/vacancies");
        assertThat(api.login("paul", "a brand new password 2")).isNotBlank();
    }

    @Test
    void theAdminReadsTheAuditLogByWhoDidWhat() {
        String rex = "rex-" + UUID.randomUUID().toString().substring(0, 8);
        api.user(rex, "Rex Recruiter", "RECRUITER", PASSWORD);
        String token = api.login(rex, PASSWORD);
        List<String> candidates = new ArrayList<>();
        api.get("/api/v1/vacancies/" + vacancy + "/candidates")
                .forEach(c -> candidates.add(c.get("id").asText()));
        api.as(token, "PUT", "/api/v1/candidates/" + candidates.get(0) + "/stage", "{\"stage\":\"SHORTLISTED\"}");
        assertThatThrownBy(() -> api.as(
                        token, "PUT", "/api/v1/candidates/" + candidates.get(1) + "/stage", "{\"stage\":\"REJECTED\"}"))
                .as("a rejection without a reason is refused")
                .hasMessageContaining("→ 400");
        api.as(
                token,
                "PUT",
                "/api/v1/candidates/" + candidates.get(1) + "/stage",
                "{\"stage\":\"REJECTED\",\"reason\":\"Not enough Java\"}");
        ChromeDriver admin = recruiter;
        signIn(admin, "admin");

        admin.get(ui("/audit?actor=" + rex + "&action=CANDIDATE_STAGE_CHANGED").toString());
        List<WebElement> rows = admin.findElements(By.cssSelector("#audit-table .audit-row"));
        assertThat(rows)
                .as("the shortlisting and the rejection; not the one refused")
                .hasSize(2);
        assertThat(rows).allSatisfy(r -> assertThat(r.getText()).contains(rex, "Stage changed"));
        admin.get(ui("/audit").toString());
        assertThat(admin.findElements(By.cssSelector("#audit-table .audit-row")))
                .as("everything the team did, newest first")
                .isNotEmpty();
    }

    /**
     * Signs {@code username} in afresh in {@code driver} (a session of their own, without the form: the admin tests
     * use the form); the admin with the test API's password.
     */
    private void signIn(ChromeDriver driver, String username) {
        Browser.session(
                driver, server.getURI(), username, username.equals("admin") ? TestApi.ADMIN_PASSWORD : PASSWORD);
    }

    private void evaluate(JsonNode candidate, String name, int score) {
        api.deliver(
                Results.EVALUATION,
                UUID.fromString(candidate.get("evaluationTaskId").asText()),
                Team.evaluationOf(name, name.toLowerCase(Locale.ROOT).replace(" example", "") + "@example.com", score));
    }

    private void openCandidate(ChromeDriver driver, String name) {
        driver.get(ui("/vacancies/" + vacancy).toString());
        click(driver, wait(driver).until(d -> d.findElement(By.linkText(name))));
        wait(driver).until(d -> d.findElement(By.id("candidate-name")).getText().equals(name));
    }

    private static String stageOffered(ChromeDriver driver) {
        return new Select(driver.findElement(By.id("stage-to")))
                .getFirstSelectedOption()
                .getAttribute("value");
    }

    private void move(ChromeDriver driver, String stage, String reason) {
        // Filled and sent in one go, again from the start where the form was replaced meanwhile (Browser.click).
        WebElement submit = wait(driver).until(d -> {
            new Select(d.findElement(By.id("stage-to"))).selectByValue(stage);
            WebElement field = d.findElement(By.id("stage-reason"));
            field.clear();
            field.sendKeys(reason);
            WebElement button = d.findElement(By.id("stage-submit"));
            click(driver, button);
            return button;
        });
        // the form posts and the page comes back: wait for the new one, not the old one still showing
        wait(driver).until(d -> Browser.gone(submit));
        wait(driver).until(d -> !d.findElements(By.id("candidate-stage")).isEmpty());
    }

    private void giveFeedback(ChromeDriver driver, String firstRating, String recommendation, String comment) {
        WebElement submit = wait(driver).until(d -> {
            click(driver, d.findElement(By.id("q1-" + firstRating)));
            click(driver, d.findElement(By.id("q2-na")));
            click(driver, d.findElement(By.id("rec-" + recommendation)));
            d.findElement(By.id("feedback-comment")).clear();
            d.findElement(By.id("feedback-comment")).sendKeys(comment);
            WebElement button = d.findElement(By.id("feedback-submit"));
            click(driver, button);
            return button;
        });
        wait(driver).until(d -> Browser.gone(submit));
        wait(driver).until(d -> !d.findElements(By.id("feedback-heading")).isEmpty());
    }

    private void changePassword(String old, String fresh) {
        WebElement submit = wait(manager).until(d -> {
            for (String field : List.of("oldPassword", "newPassword", "confirmPassword")) {
                d.findElement(By.id(field)).clear();
            }
            d.findElement(By.id("oldPassword")).sendKeys(old);
            d.findElement(By.id("newPassword")).sendKeys(fresh);
            d.findElement(By.id("confirmPassword")).sendKeys(fresh);
            WebElement button = d.findElement(By.id("change-password"));
            click(manager, button);
            return button;
        });
        wait(manager).until(d -> Browser.gone(submit));
        wait(manager).until(d -> !d.findElements(By.id("password-form")).isEmpty());
    }

    /** Clicks as a person would: the control scrolled into view first, away from the page's edges. */
    private static void click(ChromeDriver driver, WebElement element) {
        Browser.click(driver, element);
    }

    private static WebDriverWait wait(ChromeDriver driver) {
        return Browser.waiting(driver);
    }

    private static String resume(String name) {
        return "Resume of " + name + "\nJava developer since 2015.\n";
    }

    private static String file(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target/team-resumes"));
            Path file = dir.resolve(name);
            Files.writeString(file, resume(name));
            return file.toAbsolutePath().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
