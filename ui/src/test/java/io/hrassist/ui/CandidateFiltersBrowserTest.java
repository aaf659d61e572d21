package io.hrassist.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The candidate list filtered and sorted in a real browser, the choice kept in the address across the list's refreshes
 * and a reload, an empty result that says so; two or three candidates compared side by side, and a fourth refused.
 */
@MicronautTest
class CandidateFiltersBrowserTest extends BrowserUiTest {

    private Workspace work;

    @BeforeAll
    void setUpTheBrowser() {
        work = Workspace.create(api, "en");
        Browser.language(driver, server.getURI(), "en");
        Browser.signIn(driver, server.getURI());
    }

    @Test
    void theSortIsKeptInTheAddressAndAcrossTheRefresh() {
        open("");
        assertThat(shown()).containsExactly("alice.txt", "bob.txt", "carol.txt", "dave.txt");

        choose("filter-sort", "NEWEST");

        wait.until(urlContains("sort=NEWEST"));
        wait.until(d -> shown().equals(List.of("dave.txt", "carol.txt", "bob.txt", "alice.txt")));
        assertThat(driver.getCurrentUrl()).doesNotContain("/candidates");
        driver.executeScript("document.getElementById('candidates-panel').dataset.seen = 'before'");
        wait.until(d -> driver.executeScript("return document.getElementById('candidates-panel').dataset.seen")
                == null); // dave is still being evaluated: the table refreshes every 2 s
        assertThat(shown()).containsExactly("dave.txt", "carol.txt", "bob.txt", "alice.txt");
        assertThat(rank("alice.txt")).isEqualTo("1");
        assertThat(selected("filter-sort")).isEqualTo("NEWEST");

        choose("filter-sort", "NAME");
        wait.until(urlContains("sort=NAME"));
        wait.until(d -> shown().equals(List.of("alice.txt", "bob.txt", "carol.txt", "dave.txt")));

        Browser.click(driver, driver.findElement(By.id("lang-ru")));
        wait.until(d -> "ru".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(driver.getCurrentUrl())
                .as("the language switch keeps the sort")
                .contains("sort=NAME");
        assertThat(selected("filter-sort")).isEqualTo("NAME");
        Browser.click(driver, driver.findElement(By.id("lang-en")));
        wait.until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    }

    @Test
    void aFlagFilterKeepsTheRankAndSurvivesAReload() {
        open("?sort=NAME");
        choose("filter-flag", "HIDDEN_TEXT");

        wait.until(urlContains("flag=HIDDEN_TEXT"));
        wait.until(d -> shown().equals(List.of("bob.txt")));
        assertThat(rank("bob.txt")).as("its rank among all candidates").isEqualTo("2");

        driver.navigate().refresh();

        wait.until(presenceOfElementLocated(By.id("candidate-table")));
        assertThat(shown()).containsExactly("bob.txt");
        assertThat(selected("filter-flag")).isEqualTo("HIDDEN_TEXT");
        assertThat(selected("filter-sort")).isEqualTo("NAME");
        assertThat(driver.findElement(By.cssSelector("#candidate-table caption"))
                        .getAttribute("textContent"))
                .isEqualTo("Candidates, sorted by: Name");
    }

    @Test
    void anEmptyResultSaysSoAndClearsTheFilters() {
        open("");
        choose("filter-stage", "HIRED");

        var none = wait.until(presenceOfElementLocated(By.id("no-match")));
        assertThat(none.getText()).startsWith("No candidate matches these filters.");
        assertThat(driver.findElements(By.id("candidate-table"))).isEmpty();
        wait.until(urlContains("stage=HIRED"));

        Browser.click(driver, driver.findElement(By.id("clear-filters")));

        wait.until(d -> shown().size() == 4);
        assertThat(driver.getCurrentUrl()).doesNotContain("stage=", "flag=", "sort=");
        assertThat(selected("filter-stage")).isEmpty();
        assertThat(selected("filter-flag")).isEmpty();
        assertThat(selected("filter-sort")).isEqualTo("SCORE");
    }

    @Test
    void comparesTwoCandidatesWithTheCriteriaInRows() {
        open("");
        tick("alice.txt");
        tick("bob.txt");

        Browser.click(driver, driver.findElement(By.id("compare-button")));

        wait.until(urlContains("/compare?c="));
        assertThat(columns()).containsExactly("CRITERION", "alice.txt", "bob.txt");
        assertThat(cells("compare-score")).containsExactly("86 rank 1", "41 rank 2");
        assertThat(cells("compare-stage")).containsExactly("New", "New");
        assertThat(cells("compare-flags")).containsExactly("None", "Hidden text");
        var criteria = driver.findElements(By.cssSelector("#compare-table tr.compare-criterion"));
        assertThat(criteria)
                .extracting(r -> r.getAttribute("data-criterion"))
                .containsExactly("Java", "Years of experience");
        assertThat(criteria.get(0).findElements(By.tagName("td")))
                .extracting(WebElement::getText)
                .allSatisfy(cell -> assertThat(cell).startsWith("Met").contains("Built services in Java 17"));
        assertThat(criteria.get(1).findElements(By.tagName("td")))
                .extracting(
                        c -> c.findElement(By.cssSelector(".criterion-status")).getText())
                .containsExactly("Partly met", "Missing");
        assertThat(driver.findElement(By.cssSelector("#compare-table caption")).getText())
                .startsWith("The candidates side by side");
    }

    @Test
    void comparesThreeKeepsTheTicksAcrossTheRefreshAndRefusesAFourth() {
        open("");
        tick("alice.txt");
        tick("bob.txt");
        tick("carol.txt");

        Browser.click(driver, box("dave.txt"));

        assertThat(box("dave.txt").isSelected())
                .as("a fourth tick is taken back")
                .isFalse();
        wait.until(textToBePresentInElementLocated(
                By.id("compare-message"), "You can compare at most 3 candidates. Untick one first."));
        driver.executeScript("document.getElementById('candidates-panel').dataset.seen = 'before'");
        wait.until(
                d -> driver.executeScript("return document.getElementById('candidates-panel').dataset.seen") == null);
        assertThat(List.of("alice.txt", "bob.txt", "carol.txt", "dave.txt"))
                .extracting(f -> box(f).isSelected())
                .containsExactly(true, true, true, false);

        Browser.click(driver, driver.findElement(By.id("compare-button")));

        wait.until(urlContains("/compare?c="));
        assertThat(columns()).containsExactly("CRITERION", "alice.txt", "bob.txt", "carol.txt");
        assertThat(cells("compare-score")).containsExactly("86 rank 1", "41 rank 2", "Evaluation failed");
        assertThat(driver.findElements(By.cssSelector("#compare-table tr.compare-criterion")))
                .hasSize(2)
                .allSatisfy(row -> assertThat(
                                row.findElements(By.tagName("td")).get(2).getText())
                        .isEqualTo("Not judged"));
    }

    @Test
    void aComparisonOfOneOrFourIsRefusedWithTheWayBack() {
        open("");
        tick("alice.txt");
        Browser.click(driver, driver.findElement(By.id("compare-button")));
        wait.until(
                textToBePresentInElementLocated(By.id("compare-message"), "Tick at least two candidates to compare."));
        assertThat(driver.getCurrentUrl()).doesNotContain("/compare");

        driver.get(ui(work.comparePath(api, 4)).toString());

        var refused = wait.until(presenceOfElementLocated(By.id("compare-refused")));
        assertThat(refused.getText()).startsWith("You can compare at most 3 candidates.");
        assertThat(driver.findElements(By.id("compare-table"))).isEmpty();
        Browser.click(driver, refused.findElement(By.tagName("a")));
        wait.until(presenceOfElementLocated(By.id("candidate-table")));
        Browser.consoleErrors(driver); // the refusal's 400 is logged by the browser on purpose
    }

    private void open(String query) {
        driver.get(ui("/vacancies/" + work.vacancy() + query).toString());
        wait.until(presenceOfElementLocated(By.id("candidate-table")));
    }

    private void choose(String select, String value) {
        new Select(driver.findElement(By.id(select))).selectByValue(value);
    }

    private String selected(String select) {
        return new Select(driver.findElement(By.id(select)))
                .getFirstSelectedOption()
                .getAttribute("value");
    }

    /** The file names of the rows, top to bottom. */
    private List<String> shown() {
        return driver.findElements(By.cssSelector("#candidate-table .candidate-row")).stream()
                .map(r -> r.getAttribute("data-candidate"))
                .toList();
    }

    private String rank(String fileName) {
        return row(fileName).findElement(By.cssSelector(".rank")).getText();
    }

    private WebElement row(String fileName) {
        return driver.findElement(By.cssSelector("#candidate-table tr[data-candidate='" + fileName + "']"));
    }

    private WebElement box(String fileName) {
        return row(fileName).findElement(By.cssSelector("input.compare-box"));
    }

    /**
     * Ticks the box, again if the panel's refresh (every 2 s while an evaluation is pending) replaced it before the
     * click reached it.
     */
    private void tick(String fileName) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            if (!box(fileName).isSelected()) {
                Browser.click(driver, box(fileName));
            }
            return box(fileName).isSelected();
        });
    }

    private List<String> columns() {
        return driver.findElements(By.cssSelector("#compare-table thead th[scope=col]")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private List<String> cells(String row) {
        return driver.findElements(By.cssSelector("#compare-table tr." + row + " td")).stream()
                .map(c -> c.getText().strip().replaceAll("\\s+", " "))
                .toList();
    }
}
