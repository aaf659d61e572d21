package io.hrassist.ui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by its own chromedriver (so Selenium Manager never downloads a browser); another
 * Chrome and its driver where {@code HR_ASSIST_CHROME} and {@code HR_ASSIST_CHROMEDRIVER} name them (GitHub's Ubuntu
 * runners). Tests are skipped with a message where either is not installed, unless {@code HR_ASSIST_BROWSER_REQUIRED}
 * is {@code true}: then they fail, so that a CI job cannot pass without having run them.
 */
final class Browser {

    static final Path CHROMIUM = Path.of(env("HR_ASSIST_CHROME", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(env("HR_ASSIST_CHROMEDRIVER", "/usr/bin/chromedriver"));
    /** Where screenshots go: {@code -Dhr-assist.screenshots=DIR} (the docs' pictures); none are taken without it. */
    static final String SCREENSHOTS = System.getProperty("hr-assist.screenshots", "");

    private Browser() {}

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    static ChromeDriver start() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String missing = "install Chromium and its driver (apt-get install chromium chromium-driver) to get " + CHROMIUM
                + " and " + CHROMEDRIVER;
        if (!installed && Boolean.parseBoolean(System.getenv("HR_ASSIST_BROWSER_REQUIRED"))) {
            throw new IllegalStateException(
                    "Browser tests required (HR_ASSIST_BROWSER_REQUIRED) but missing: " + missing);
        }
        Assumptions.assumeTrue(installed, "Browser tests skipped: " + missing);
        try {
            Path profile = Files.createTempDirectory("hr-assist-chromium");
            var service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                    .usingAnyFreePort()
                    .build();
            var options = new ChromeOptions();
            options.setBinary(CHROMIUM.toString());
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--window-size=1280,800",
                    "--lang=en-US",
                    // The app stops its spinners and striped progress bars for users who ask for less motion; the
                    // tests ask too, so that a page left waiting does not repaint 60 times a second.
                    "--force-prefers-reduced-motion",
                    "--user-data-dir=" + profile);
            // No password manager: after a form with a password (every sign-in) it checks the password and may put up
            // its own bubble, and Chromium then answered clicks on the next page with "Node with given id does not
            // belong to the document".
            options.setExperimentalOption(
                    "prefs",
                    Map.of(
                            "intl.accept_languages", "en-US,en",
                            "credentials_enable_service", false,
                            "profile.password_manager_enabled", false,
                            "profile.password_manager_leak_detection", false));
            // Console messages (a Content-Security-Policy violation is one) are read back after every test.
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
            var driver = new ChromeDriver(service, options);
            desktop(driver);
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 1280x800 desktop screen, whatever room the headless window gives its own frame. */
    static void desktop(ChromeDriver driver) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", 800, "deviceScaleFactor", 1, "mobile", false));
    }

    /** A 390x844 phone (an iPhone 12 to 15) held upright: the page's viewport meta tag applies. */
    static void phone(ChromeDriver driver) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }

    /** Signs in through the login form, from wherever the browser is, as the admin of the test API. */
    static void signIn(ChromeDriver driver, java.net.URI ui) {
        signIn(driver, ui, "admin", TestApi.ADMIN_PASSWORD);
    }

    /** Signs in through the login form as {@code username}. */
    static void signIn(ChromeDriver driver, java.net.URI ui, String username, String password) {
        driver.get(ui.resolve("/login").toString());
        var name = driver.findElement(By.id("username"));
        name.clear();
        name.sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
        waiting(driver).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /**
     * Signs {@code username} in without the form, for tests about what comes after it: the login form is sent over HTTP
     * (its CSRF token included) and the browser is given the session's cookies, a second saved for every test that
     * does not look at signing in ({@link #signIn} is the form in the browser). Other cookies, the language's, stay.
     */
    static void session(ChromeDriver driver, java.net.URI ui, String username, String password) {
        var jar = new CookieManager();
        var http = HttpClient.newBuilder()
                .cookieHandler(jar)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        try {
            http.send(HttpRequest.newBuilder(ui.resolve("/login")).build(), HttpResponse.BodyHandlers.discarding());
            String csrf = UiTest.cookie(jar, "hr_csrf");
            var answer = http.send(
                    HttpRequest.newBuilder(ui.resolve("/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("username=" + form(username) + "&password="
                                    + form(password) + "&_csrf=" + form(csrf)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 303) {
                throw new IllegalStateException("Signing in " + username + " answered " + answer.statusCode());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        // Set through DevTools: for the UI's site whatever page the browser shows, as the answer's Set-Cookie would.
        for (HttpCookie cookie : jar.getCookieStore().getCookies()) {
            driver.executeCdpCommand(
                    "Network.setCookie",
                    Map.of(
                            "name", cookie.getName(),
                            "value", cookie.getValue(),
                            "url", ui.resolve("/").toString(),
                            "path", "/",
                            "httpOnly", cookie.isHttpOnly(),
                            "sameSite", "Strict"));
        }
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * Chooses the page language as the switcher does (a cookie) and waits until the login page it lands on is in that
     * language. Chrome may carry out a {@code deleteAllCookies} made just before only after the new cookie is stored (a CI
     * run once went on in English): the switch is then made again.
     */
    static void language(ChromeDriver driver, java.net.URI ui, String lang) {
        String url = ui.resolve("/language?lang=" + lang + "&back=/login").toString();
        driver.get(url);
        waiting(driver).until(d -> {
            if (lang.equals(d.findElement(By.tagName("html")).getAttribute("lang"))) {
                return true;
            }
            d.get(url);
            return false;
        });
    }

    /** The console errors since the last call: script errors, CSP violations, failed loads. */
    static List<String> consoleErrors(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Clicks {@code element} once it is scrolled to the middle of the window (a sticky header may cover it else). */
    static void click(ChromeDriver driver, WebElement element) {
        try {
            driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
            element.click();
        } catch (WebDriverException e) {
            // Chromium reports an element of a document it has just replaced this way instead of as stale: say it
            // as it is, so that the waits that read again do.
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                throw new StaleElementReferenceException("replaced while clicked", e);
            }
            throw e;
        }
    }

    /**
     * Clicks a link or a submit button and waits until the page it was on is gone, so what follows reads the page the
     * click brings (a form's answer can arrive after WebDriver has given the click back).
     */
    static void follow(ChromeDriver driver, WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        click(driver, element);
        waiting(driver).until(d -> gone(page));
    }

    /** Whether a page's element is gone: stale, or (Chromium's way of saying it) of a document no longer there. */
    static boolean gone(WebElement element) {
        try {
            return ExpectedConditions.stalenessOf(element).apply(null);
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** {@link #follow(ChromeDriver, WebElement)} the element {@code by} finds, found again if the page replaced it. */
    static void follow(ChromeDriver driver, By by) {
        waiting(driver).until(d -> {
            follow(driver, d.findElement(by));
            return true;
        });
    }

    /**
     * Waits up to 20 s, trying again where the element read is not there yet or has just been replaced (a page that
     * loads or refreshes itself meanwhile). Looks again every 25 ms, not Selenium's default 500 ms: a check is one
     * local round trip, and most waits end within a few of them.
     */
    static WebDriverWait waiting(ChromeDriver driver) {
        var wait = new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(25));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Saves what the browser shows as {@code name.png} where {@code -Dhr-assist.screenshots} says, if it does. */
    static void screenshot(ChromeDriver driver, String name) {
        if (SCREENSHOTS.isBlank()) {
            return;
        }
        try {
            Path folder = Files.createDirectories(Path.of(SCREENSHOTS));
            Files.write(folder.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
