package io.hrassist.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The pages on a 390x844 phone in both languages: nothing scrolls sideways, the header folds into a menu that still
 * shows the language switch and signing out, candidates are cards with the score first, controls are at least 24x24
 * CSS pixels, the section menu stays at hand, and axe finds nothing serious at this width. Takes the phone
 * screenshots of the documentation on the way.
 */
@MicronautTest
class PhoneTest extends UiTest {

    /** Controls a finger must hit; inline links in running text are exempt, as WCAG 2.5.8 has it. */
    private static final String CONTROLS =
            "button, .btn, .nav-link, .lang-switch a, summary, select, input:not([type=hidden]),"
                    + " textarea, .navbar-brand";

    private ChromeDriver driver;

    @BeforeAll
    void openBrowser() {
        driver = Browser.start();
    }

    @AfterEach
    void failOnConsoleErrors() {
        if (driver != null) {
            assertThat(Browser.consoleErrors(driver))
                    .as("browser console errors")
                    .allSatisfy(error -> assertThat(error).contains("status of 404"));
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
    void fitsAPhone(String lang) {
        Workspace work = Workspace.create(api, lang);
        driver.manage().deleteAllCookies();
        Browser.phone(driver);
        Browser.language(driver, server.getURI(), lang);
        fits("/login", lang);
        Browser.screenshot(driver, "phone-" + lang + "-login");
        Browser.signIn(driver, server.getURI());
        String title = lang.equals("ru") ? "Старший" : "Senior Java";
        for (String page : List.of(
                "/vacancies?q=" + enc(title),
                "/vacancies/new",
                "/vacancies/" + work.vacancy() + "/edit",
                "/vacancies/" + work.vacancy(),
                "/vacancies/" + work.vacancy() + "?flag=HIDDEN_TEXT&sort=NAME",
                "/vacancies/" + work.vacancy() + "?stage=HIRED",
                work.comparePath(api, 3),
                "/vacancies/" + work.vacancy() + "/delete",
                "/vacancies/" + work.vacancy() + "/job-description/edit",
                "/candidates/" + Team.decidedCandidate(api, work),
                "/tasks/" + work.questionsTask() + "/interview-kit",
                "/users",
                "/audit",
                "/account/password",
                "/vacancies/" + UUID.randomUUID())) {
            fits(page, lang);
            if (page.startsWith("/candidates/")) {
                Browser.screenshot(driver, "phone-" + lang + "-candidate");
            } else if (page.startsWith("/vacancies?")) {
                Object hidden = driver.executeScript("const t = document.querySelector('#vacancy-results"
                        + " .table-responsive'); return t.scrollWidth - t.clientWidth;");
                assertThat(((Number) hidden).intValue())
                        .as("the vacancy list shows every column it has without scrolling")
                        .isLessThanOrEqualTo(0);
                Browser.screenshot(driver, "phone-" + lang + "-vacancies");
            }
        }

        open(work.comparePath(api, 3));
        Browser.screenshot(driver, "phone-" + lang + "-compare");
        open("/vacancies/" + work.vacancy() + "/job-description/edit");
        driver.executeScript("document.getElementById('jd').scrollIntoView({behavior: 'instant'})");
        Browser.screenshot(driver, "phone-" + lang + "-jd-edit");
        open("/vacancies/" + work.vacancy());
        headerFoldsAndStillSignsOut(lang);
        candidatesAreCardsWithTheScoreFirst();
        sectionMenuStaysAtHand();
        Browser.screenshot(driver, "phone-" + lang + "-candidates");
        Browser.desktop(driver);
    }

    private void fits(String page, String lang) {
        open(page);
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang"))
                .as(page)
                .isEqualTo(lang);
        long scrollWidth = (Long) driver.executeScript("return document.scrollingElement.scrollWidth");
        long width = (Long) driver.executeScript("return window.innerWidth");
        assertThat(scrollWidth).as(page + " scrolls sideways").isLessThanOrEqualTo(width);
        assertThat(driver.findElement(By.id("lang-ru")).isDisplayed()).as(page).isTrue();
        assertThat(inView(driver.findElement(By.id("lang-ru"))))
                .as(page + ": RU on screen")
                .isTrue();
        List<String> small = small();
        assertThat(small).as(page + ": controls smaller than 24x24").isEmpty();
        assertThat(Axe.seriousViolations(driver))
                .as(page + " at phone width (axe)")
                .isEmpty();
    }

    private void headerFoldsAndStillSignsOut(String lang) {
        WebElement toggle = driver.findElement(By.id("menu-toggle"));
        WebElement logout = driver.findElement(By.id("logout"));
        assertThat(toggle.isDisplayed()).isTrue();
        assertThat(logout.isDisplayed()).isFalse();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");

        toggle.click();

        Browser.waiting(driver).until(d -> logout.isDisplayed());
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(inView(logout)).isTrue();
        assertThat(logout.getText()).isEqualTo(lang.equals("ru") ? "Выйти" : "Log out");
        assertThat(small()).isEmpty();
        Browser.screenshot(driver, "phone-" + lang + "-menu");
        toggle.click();
        Browser.waiting(driver).until(d -> !logout.isDisplayed());
    }

    /** Read in one script: the list refreshes itself, and a row read between two calls may be gone. */
    @SuppressWarnings("unchecked")
    private void candidatesAreCardsWithTheScoreFirst() {
        driver.executeScript("document.getElementById('candidates').scrollIntoView({behavior: 'instant'})");
        var rows = (List<Map<String, Object>>) driver.executeScript("""
                const shown = (e) => e.offsetParent !== null;
                return Array.from(document.querySelectorAll('#candidate-table .candidate-row')).map((row) => {
                  const name = row.querySelector('.candidate-name').getBoundingClientRect();
                  const score = row.querySelector('.score-col').getBoundingClientRect();
                  const flags = Array.from(row.querySelectorAll('.flag-badge'));
                  return {nameTop: name.top, scoreTop: score.top, scoreRight: score.right,
                    flagsShown: flags.every(shown),
                    flagsRight: Math.max(0, ...flags.map((f) => f.getBoundingClientRect().right)),
                    valueShown: Array.from(row.querySelectorAll('.score-value')).every(shown)};
                });
                """);
        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            assertThat(number(row, "scoreTop")).as("score above the name").isLessThan(number(row, "nameTop"));
            assertThat(number(row, "scoreRight")).as("score on screen").isLessThanOrEqualTo(390.0);
            assertThat(row.get("flagsShown")).as("flags shown").isEqualTo(true);
            assertThat(number(row, "flagsRight")).as("flags on screen").isLessThanOrEqualTo(390.0);
            assertThat(row.get("valueShown")).as("score value shown").isEqualTo(true);
        });
        assertThat(driver.findElements(By.cssSelector("#candidate-table .score-value")))
                .isNotEmpty();
    }

    private static double number(Map<String, Object> row, String key) {
        return ((Number) row.get(key)).doubleValue();
    }

    private void sectionMenuStaysAtHand() {
        driver.executeScript("window.scrollTo(0, document.getElementById('candidates').offsetTop + 300)");
        WebElement menu = driver.findElement(By.id("section-nav"));
        Map<String, Double> at = rect(menu);
        assertThat(at.get("top")).as("section menu at the top").isBetween(-1.0, 8.0);
        assertThat(menu.findElement(By.cssSelector("a[href='#candidates']")).isDisplayed())
                .isTrue();
    }

    private void open(String path) {
        driver.get(ui(path).toString());
        Browser.waiting(driver).until(presenceOfElementLocated(By.tagName("footer")));
    }

    /** Visible controls smaller than 24x24 CSS pixels, as "tag#id.class WxH". */
    @SuppressWarnings("unchecked")
    private List<String> small() {
        return (List<String>) driver.executeScript("""
                return Array.from(document.querySelectorAll(arguments[0]))
                  .filter((e) => e.offsetParent !== null && getComputedStyle(e).visibility !== 'hidden'
                    && getComputedStyle(e).opacity !== '0')
                  .map((e) => [e, e.getBoundingClientRect()])
                  .filter(([e, r]) => r.width > 1 && (r.width < 24 || r.height < 24))
                  .map(([e, r]) => e.tagName.toLowerCase() + '#' + e.id + '.' + e.className + ' '
                    + Math.round(r.width) + 'x' + Math.round(r.height));
                """, CONTROLS);
    }

    private boolean inView(WebElement element) {
        Map<String, Double> r = rect(element);
        return r.get("left") >= 0 && r.get("right") <= 390 && r.get("top") >= 0 && r.get("bottom") <= 844;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Double> rect(WebElement element) {
        Map<String, Object> raw = (Map<String, Object>) driver.executeScript(
                "const r = arguments[0].getBoundingClientRect();"
                        + " return {left: r.left, right: r.right, top: r.top, bottom: r.bottom};",
                element);
        return Map.of(
                "left", ((Number) raw.get("left")).doubleValue(),
                "right", ((Number) raw.get("right")).doubleValue(),
                "top", ((Number) raw.get("top")).doubleValue(),
                "bottom", ((Number) raw.get("bottom")).doubleValue());
    }
}
