package com.moleculeflow.app.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A user's headless Chromium on the portal of the running test application: one fresh browser (own profile, no
 * cookies) per test, closed afterwards; a failed test leaves a screenshot and the page's HTML in
 * {@code target/browser-screenshots/}. Register it in a {@code @RunningApplicationTest} class:
 * <pre>{@code @RegisterExtension final Browser browser = new Browser();}</pre>
 * It uses the system Chromium and chromedriver (Debian {@code chromium} + {@code chromium-driver}, installed by
 * {@code .ci/run}), or the browser and driver named by the environment variables {@code CHROMIUM_BINARY} and
 * {@code CHROMEDRIVER} (the GitHub pipeline points them at the runner's Google Chrome); Selenium Manager never
 * downloads anything.
 */
final class Browser implements BeforeEachCallback, AfterEachCallback {

    static final String CHROMIUM_VARIABLE = "CHROMIUM_BINARY";
    static final String CHROMEDRIVER_VARIABLE = "CHROMEDRIVER";
    static final Path CHROMIUM = fromEnvironment(CHROMIUM_VARIABLE, "/usr/bin/chromium");
    static final Path CHROMEDRIVER = fromEnvironment(CHROMEDRIVER_VARIABLE, "/usr/bin/chromedriver");
    static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

    // Selenium 4.31 knows CDP up to v135 and warns about any newer Chromium; WebDriver itself works, so keep the log quiet.
    private static final List<Logger> QUIET = Stream.of("org.openqa.selenium.devtools", "org.openqa.selenium.chromium")
            .map(Logger::getLogger).peek(l -> l.setLevel(Level.SEVERE)).toList();

    private WebDriver driver;
    private Path profile;
    private String baseUrl;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        requireInstalled(CHROMIUM, "chromium", CHROMIUM_VARIABLE);
        requireInstalled(CHROMEDRIVER, "chromium-driver", CHROMEDRIVER_VARIABLE);
        baseUrl = "http://localhost:" + SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("moleculeflow-chromium-");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        // containers often give /dev/shm only 64 MB, too little for Chromium's renderer
                        "--disable-dev-shm-usage",
                        "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            if (driver != null && context.getExecutionException().isPresent()) {
                keepEvidence(context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName());
            }
        } finally {
            if (driver != null) {
                driver.quit();
                driver = null;
            }
            deleteProfile();
        }
    }

    /** Opens a portal path such as {@code /imports}. */
    Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    /** Signs in on the login page as a user would: user name, password, "Sign in". */
    Browser signIn(String username, String password) {
        open("/login");
        type(By.name("username"), username);
        type(By.name("password"), password);
        click(By.cssSelector("form button[type=submit]"));
        return this;
    }

    Browser type(By field, String text) {
        WebElement element = find(field);
        element.clear();
        element.sendKeys(text);
        return this;
    }

    Browser click(By target) {
        find(target).click();
        return this;
    }

    /** The element, once it is on the page. */
    WebElement find(By target) {
        return waitUntil(d -> d.findElement(target));
    }

    List<WebElement> findAll(By target) {
        return driver.findElements(target);
    }

    /** The visible text of the element, once it is on the page. */
    String text(By target) {
        return find(target).getText();
    }

    /**
     * Waits (never sleeps) until the condition gives a value that is neither null nor false; an element missing or
     * replaced meanwhile (htmx swaps, page reloads) counts as "not yet".
     */
    <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class).until(condition);
    }

    Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** The path part of the current address, e.g. {@code /imports/1234}. */
    String path() {
        return driver.getCurrentUrl().substring(baseUrl.length()).replaceFirst("[?#].*", "");
    }

    String title() {
        return driver.getTitle();
    }

    WebDriver driver() {
        return driver;
    }

    private void keepEvidence(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        try {
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource());
        } catch (RuntimeException e) {
            // evidence is a courtesy: never hide the test's own failure behind this one
            System.err.println("Browser: no screenshot for " + name + ": " + e);
        }
    }

    private void deleteProfile() throws IOException {
        if (profile == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            System.err.println("Browser: could not delete the profile " + profile + ": " + e.getCause());
        }
        profile = null;
    }

    /** The path in the environment variable, if set and not blank, else the Debian default. */
    private static Path fromEnvironment(String variable, String debianDefault) {
        String value = System.getenv(variable);
        return Path.of(value == null || value.isBlank() ? debianDefault : value.trim());
    }

    private static void requireInstalled(Path program, String debianPackage, String variable) {
        if (!Files.isExecutable(program)) {
            throw new IllegalStateException(("The browser tests need %s (Debian package %s, or the path in %s), which "
                    + "is not installed. .ci/run installs it (apt-get update && apt-get install -y chromium "
                    + "chromium-driver); locally run that command as root, or set %s to an installed one.")
                    .formatted(program, debianPackage, variable, variable));
        }
    }
}
