package com.careerbridge.crm.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven through Selenium, with the few helpers the journeys need: waiting for the Vaadin client
 * to be idle, finding Vaadin components by their text, and screenshots on request.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;
    private final List<LogEntry> console = new ArrayList<>();
    final WebDriverWait wait;

    private Browser(String baseUrl) throws IOException {
        this.baseUrl = baseUrl;
        this.profile = Files.createTempDirectory("cb-e2e-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=en-US", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        // Keeps the page's console messages for consoleErrors().
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 900));
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /**
     * Opens a browser, or explains why none can be opened: a failure on CI (where one is installed for these tests),
     * a skipped test on a developer machine without Chromium.
     */
    static Browser open(String baseUrl) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "End-to-end tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install -y chromium chromium-driver)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message + " — they are required on CI");
            }
            Assumptions.abort(message + " — skipped on this machine");
        }
        return new Browser(baseUrl);
    }

    WebDriver driver() {
        return driver;
    }

    void go(String path) {
        collectConsole();
        driver.get(baseUrl + path);
        idle();
    }

    /** Waits until the Vaadin client has no request in flight (and the page has booted it). */
    void idle() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                if (document.readyState !== 'complete') return false;
                if (!window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients) return true;
                return Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());""")));
    }

    void signIn(String email, String password) {
        go("/login");
        WebElement username = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name='username']")));
        username.sendKeys(email);
        WebElement passwordInput = driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        passwordInput.sendKeys(password);
        screenshot("login");
        passwordInput.sendKeys("\n");
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        idle();
    }

    void signOut() {
        collectConsole(); // the log is read per page; keep what this one said before leaving it
        driver.manage().deleteAllCookies();
    }

    WebElement button(String text) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-button[normalize-space(.)=" + literal(text) + "]")));
    }

    /** A button inside the open dialog (the page behind may have one with the same text). */
    WebElement dialogButton(String text) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-dialog[@opened]//vaadin-button[normalize-space(.)=" + literal(text) + "]")));
    }

    /** An input of the open dialog, found by the label of its Vaadin field ({@code vaadin-text-field}, ...). */
    WebElement dialogField(String tag, String label) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-dialog[@opened]//" + tag
                + "[label[normalize-space(.)=" + literal(label) + "]]")));
    }

    void type(WebElement field, String text) {
        WebElement input = field.findElement(By.cssSelector("input"));
        input.click();
        input.sendKeys(text);
        idle();
    }

    Object script(String javascript) {
        return ((JavascriptExecutor) driver).executeScript(javascript);
    }

    /** Console messages at level SEVERE (errors, failed loads), collected over the whole run. */
    List<String> consoleErrors() {
        collectConsole();
        return console.stream().filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::toString).toList();
    }

    /** Console messages in which Chromium reports something the page's Content-Security-Policy refused. */
    List<String> contentSecurityPolicyViolations() {
        collectConsole();
        return console.stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    // Chromium hands out each console message once, so everything read is kept for the checks at the end.
    private void collectConsole() {
        driver.manage().logs().get(LogType.BROWSER).getAll().forEach(console::add);
    }

    void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        idle();
    }

    /** Picks a file in a {@code vaadin-upload} as its "choose file" button would; the upload then starts by itself. */
    void choose(WebElement upload, Path file) {
        WebElement input = (WebElement) ((JavascriptExecutor) driver).executeScript("""
                const upload = arguments[0];
                return (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]'))
                    || upload.querySelector('input[type=file]');""", upload);
        Assertions.assertNotNull(input, "the file input of the upload " + upload.getDomAttribute("class"));
        input.sendKeys(file.toAbsolutePath().toString());
        idle();
    }

    WebElement waitFor(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void waitForText(String text) {
        wait.until(d -> d.findElement(By.tagName("body")).getText().contains(text)
                || !d.findElements(By.xpath("//*[contains(normalize-space(.), " + literal(text) + ")]")).isEmpty());
    }

    List<String> gridCellTexts() {
        return driver.findElements(By.cssSelector("vaadin-grid-cell-content")).stream().map(WebElement::getText).toList();
    }

    /** Saves a picture of the page under docs/screenshots when the run asks for it (-Dscreenshots=true). */
    void screenshot(String name) {
        if (!Boolean.getBoolean("screenshots")) {
            return;
        }
        idle();
        Path root = Path.of("").toAbsolutePath();
        if (root.getFileName().toString().equals("app")) {
            root = root.getParent();
        }
        Path target = root.resolve("docs/screenshots/" + name + ".png");
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String literal(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
