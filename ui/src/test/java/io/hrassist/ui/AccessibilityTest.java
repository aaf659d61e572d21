package io.hrassist.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every page in both languages, in a real browser: no serious or critical finding of axe-core, and the Russian pages
 * without English left in them (Latin script only for names: skills, brands, file formats). Takes the desktop
 * screenshots of the documentation on the way.
 */
@MicronautTest
class AccessibilityTest extends UiTest {

    /** Latin words a Russian page may show: skill and product names, file formats, the language switch. */
    private static final Set<String> LATIN_ALLOWED = Set.of(
            "HR", "Assist", "EN", "RU", "Java", "PostgreSQL", "Kafka", "PDF", "DOCX", "Markdown", "md", "txt", "UTC");

    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z]*");

    private ChromeDriver driver;
    /** The error pages opened on purpose: the browser logs their status as an error. */
    private final List<String> errorPages = new ArrayList<>();

    @BeforeAll
    void openBrowser() {
        driver = Browser.start();
    }

    @AfterEach
    void failOnConsoleErrors() {
        if (driver != null) {
            assertThat(Browser.consoleErrors(driver))
                    .as("browser console errors")
                    .allSatisfy(error -> assertThat(errorPages)
                            .anySatisfy(page -> assertThat(error)
                                    .startsWith(page
                                            + " - Failed to load resource: the server responded with a status of ")));
        }
    }

    @AfterAll
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru"})
    void everyPageHasNoSeriousAccessibilityProblemAndSpeaksItsLanguage(String lang) {
        Workspace work = Workspace.create(api, lang);
        driver.manage().deleteAllCookies();
        Browser.language(driver, server.getURI(), lang);
        var findings = new ArrayList<String>();

        check(findings, lang, "/login", "login");
        Browser.signIn(driver, server.getURI());
        check(findings, lang, "/vacancies?q=" + enc(lang.equals("ru") ? "Старший" : "Senior Java"), "vacancies");
        check(findings, lang, "/vacancies/new", "form");
        check(findings, lang, "/vacancies/" + work.vacancy() + "/edit", "edit");
        open("/vacancies/" + work.vacancy());
        driver.executeScript(
                "document.querySelectorAll('#candidate-table details').forEach((d) => { d.open = true; })");
        driver.findElement(By.id("jd-html"));
        checkShown(findings, lang, "vacancy");
        Browser.screenshot(driver, "desktop-" + lang + "-vacancy");
        driver.executeScript("document.getElementById('candidates').scrollIntoView({behavior: 'instant'})");
        Browser.screenshot(driver, "desktop-" + lang + "-candidates");
        check(findings, lang, "/vacancies/" + work.vacancy() + "?flag=HIDDEN_TEXT&sort=NAME", "filtered");
        check(findings, lang, "/vacancies/" + work.vacancy() + "?stage=HIRED", "filtered-empty");
        check(findings, lang, work.comparePath(api, 3), "compare");
        Browser.screenshot(driver, "desktop-" + lang + "-compare");
        check(findings, lang, "/tasks/" + work.questionsTask() + "/interview-kit", "kit");
        jobDescriptionAndDeletion(findings, lang, work);
        teamPages(findings, lang, work);
        staleResults(findings, lang, work);
        check(findings, lang, "/vacancies/" + UUID.randomUUID(), "error");
        for (int status : new int[] {400, 403, 409, 413, 500}) {
            errorPage(findings, lang, status == 500 ? "/test-errors/crash" : "/test-errors/api/" + status, status);
        }
        driver.manage().deleteCookieNamed("hr_session");
        check(findings, lang, "/no-such-page", "error-signed-out");
        open("/login");
        errorPages.add(ui("/login").toString());
        driver.findElement(By.id("username")).clear();
        driver.findElement(By.id("password")).clear();
        Browser.follow(driver, By.id("login-submit"));
        Browser.waiting(driver)
                .withMessage(() -> driver.getPageSource())
                .until(presenceOfElementLocated(By.id("password-error")));
        assertThat(driver.findElement(By.id("username-error")).getText())
                .isEqualTo(Bundle.text(lang, "login.username.missing"));
        assertThat(driver.findElement(By.id("password-error")).getText())
                .isEqualTo(Bundle.text(lang, "login.password.missing"));
        checkShown(findings, lang, "login-refused");

        assertThat(findings).as("findings on the " + lang + " pages").isEmpty();
    }

    /**
     * The job description's editor, its conflict (someone else saved meanwhile), the edited text with its mark, and the
     * confirmation of a vacancy's deletion with the list's message after one.
     */
    private void jobDescriptionAndDeletion(List<String> findings, String lang, Workspace work) {
        boolean ru = lang.equals("ru");
        check(findings, lang, "/vacancies/" + work.vacancy() + "/job-description/edit", "jd-edit");
        driver.executeScript("document.getElementById('jd').scrollIntoView({behavior: 'instant'})");
        Browser.screenshot(driver, "desktop-" + lang + "-jd-edit");
        api.put(
                "/api/v1/vacancies/" + work.vacancy() + "/job-description",
                "{\"markdown\":\"# %s\"}".formatted(ru ? "Сохранено в другой вкладке" : "Saved in another tab"));
        Browser.click(driver, driver.findElement(By.id("jd-save")));
        Browser.waiting(driver).until(presenceOfElementLocated(By.id("jd-theirs")));
        checkShown(findings, lang, "jd-conflict");
        driver.executeScript(
                "document.getElementById('jd-conflict').scrollIntoView({block: 'center', behavior: 'instant'})");
        Browser.screenshot(driver, "desktop-" + lang + "-jd-conflict");
        check(findings, lang, "/vacancies/" + work.vacancy(), "jd-edited");
        check(findings, lang, "/vacancies/" + work.vacancy() + "/delete", "delete");
        check(findings, lang, "/vacancies?deleted=1&q=" + enc(ru ? "Старший" : "Senior Java"), "vacancies-deleted");
    }

    /** The hiring team's pages: a candidate with decisions, notes and feedback, users, the audit log, the password. */
    private void teamPages(List<String> findings, String lang, Workspace work) {
        UUID candidate = Team.decidedCandidate(api, work);
        boolean ru = lang.equals("ru");
        UUID user = api.user(
                "ada-" + lang, ru ? "Ада Лавлейс" : "Ada Lovelace", "HIRING_MANAGER", "a long enough password");
        check(findings, lang, "/candidates/" + candidate, "candidate");
        Browser.screenshot(driver, "desktop-" + lang + "-candidate");
        check(findings, lang, "/candidates/" + candidate + "/erase", "erase");
        check(findings, lang, "/vacancies/" + work.vacancy() + "/edit", "edit-with-managers");
        check(findings, lang, "/users", "users");
        check(findings, lang, "/users/" + user, "user");
        check(findings, lang, "/users/" + user + "/deactivate", "deactivate");
        check(findings, lang, "/audit", "audit");
        check(findings, lang, "/account/password", "password");
    }

    /**
     * The vacancy after its skills changed (every result out of date, the banner offering to regenerate), and the page
     * that asks before re-evaluating every candidate.
     */
    private void staleResults(List<String> findings, String lang, Workspace work) {
        var vacancy = api.get("/api/v1/vacancies/" + work.vacancy());
        api.put("/api/v1/vacancies/" + work.vacancy(), """
                {"title":"%s","language":"%s","mustHaveSkills":["Java","PostgreSQL","Kafka"],"version":%d}
                """.formatted(
                vacancy.get("title").asText(), lang, vacancy.get("version").asLong()));
        open("/vacancies/" + work.vacancy());
        Browser.waiting(driver).until(presenceOfElementLocated(By.id("stale-reevaluate")));
        checkShown(findings, lang, "stale");
        Browser.follow(driver, By.id("stale-reevaluate"));
        Browser.waiting(driver).until(presenceOfElementLocated(By.id("confirm-reevaluate")));
        checkShown(findings, lang, "confirm-reevaluate");
    }

    /** An error page in the browser: the branded page with its status's title in the page's language. */
    private void errorPage(List<String> findings, String lang, String path, int status) {
        errorPages.add(ui(path).toString());
        open(path);
        assertThat(driver.findElement(By.id("error-title")).getText())
                .as(path)
                .isEqualTo(Bundle.text(lang, "error.title." + status));
        checkShown(findings, lang, "error-" + status);
    }

    private void check(List<String> findings, String lang, String path, String page) {
        if (page.startsWith("error")) {
            errorPages.add(ui(path).toString());
        }
        open(path);
        checkShown(findings, lang, page);
        if (List.of("vacancies", "login", "users", "audit").contains(page)) {
            Browser.screenshot(driver, "desktop-" + lang + "-" + page);
        }
    }

    private void open(String path) {
        driver.get(ui(path).toString());
        Browser.waiting(driver).until(presenceOfElementLocated(By.tagName("footer")));
    }

    private void checkShown(List<String> findings, String lang, String page) {
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang"))
                .as(page)
                .isEqualTo(lang);
        Axe.seriousViolations(driver).forEach(v -> findings.add(page + " (axe) " + v));
        if (lang.equals("ru")) {
            Set<String> english = latinWords(shownText());
            if (!english.isEmpty()) {
                findings.add(page + " (English words) " + english);
            }
        }
    }

    /** What a reader sees or hears: the rendered text, the title, and the labels, titles and alternatives. */
    private String shownText() {
        return (String) driver.executeScript("""
                // Names and data kept as they are (translate="no": usernames, e-mail addresses, ids) are not words.
                let body = document.body.innerText;
                document.querySelectorAll('[translate=no]').forEach((e) => { body = body.replace(e.innerText, ''); });
                const parts = [document.title, body];
                document.querySelectorAll('[aria-label],[title],[placeholder],[alt],[aria-valuetext]').forEach((e) => {
                  ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext'].forEach((a) => {
                    if (e.hasAttribute(a)) parts.push(e.getAttribute(a));
                  });
                });
                document.querySelectorAll('input[type=submit],input[type=button]').forEach((e) => parts.push(e.value));
                return parts.join('\\n');
                """);
    }

    private static Set<String> latinWords(String text) {
        var found = new TreeSet<String>();
        Matcher words = LATIN_WORD.matcher(text);
        while (words.find()) {
            if (!LATIN_ALLOWED.contains(words.group())) {
                found.add(words.group());
            }
        }
        return found;
    }
}
