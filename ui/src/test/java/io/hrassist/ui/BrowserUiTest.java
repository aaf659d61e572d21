package io.hrassist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A UI test in one real browser, started once for the class and quit after it. After each test the browser's console
 * must hold no error but those the test named in {@link #expectedErrors} (a refused form's 400, for example).
 */
abstract class BrowserUiTest extends UiTest {

    ChromeDriver driver;
    WebDriverWait wait;
    /** Parts of console errors the running test causes on purpose; emptied after each test. */
    final List<String> expectedErrors = new ArrayList<>();

    @BeforeAll
    void openBrowser() {
        driver = Browser.start();
        wait = Browser.waiting(driver);
    }

    @AfterEach
    void failOnConsoleErrors() {
        if (driver != null) {
            assertThat(Browser.consoleErrors(driver))
                    .as("browser console errors")
                    .allSatisfy(error -> assertThat(expectedErrors)
                            .anySatisfy(expected -> assertThat(error).contains(expected)));
            expectedErrors.clear();
        }
    }

    @AfterAll
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }
}
